"""Closed word classes the actor rules need.

These are general English function words and title nouns, not names: the
small model cannot tell "President" in "President Trump" from part of a name,
nor "party" in "Koshe party" from a common noun, so the rules look them up.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz.distance import OSA


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that stand before a person's name as a title or office.  A title is
# cut off the name (it becomes the role) and stops a name from growing left.
TITLES = _words("""
president vice prime minister premier chancellor secretary senator sen rep representative
congressman congresswoman congressmember governor gov mayor king queen prince princess emperor
empress pope cardinal bishop archbishop rev reverend father sister brother sheikh emir sultan
ayatollah imam rabbi general gen lieutenant lt colonel col major maj captain capt commander
admiral sergeant sgt officer chief justice judge attorney prosecutor speaker leader chairman
chairwoman chair director adviser advisor ceo cfo coo founder head spokesman spokeswoman
spokesperson ambassador
envoy deputy minister-president foreign interior defence defense finance health home state
opposition former late acting interim incumbent candidate nominee professor prof dr doctor
mr mrs ms miss dame sir lord lady saint st coach manager captain striker midfielder defender
goalkeeper champion player president-elect dictator strongman activist lawyer author writer
journalist reporter analyst economist scientist researcher chief-executive executive tsar czar
crown duke duchess count countess baron baroness commissioner inspector superintendent
constable detective sheriff marshal agent ex- first lady pastor monk nun majesty highness
excellency assemblyman assemblywoman assemblymember councilman councilwoman councilmember
councillor councilor alderman alderwoman lawmaker legislator delegate
historian moderator podcaster broadcaster anchor presenter commentator columnist editor actor actress singer
rapper comedian musician poet novelist filmmaker entrepreneur
businessman businesswoman billionaire philanthropist politician diplomat mp mep protester scholar
physician surgeon astronaut soldier cleric preacher blogger photographer photojournalist
correspondent pundit strategist pollster lobbyist voter senators representatives whip majority
minority taoiseach honorable honourable comrade cde postmaster solicitor supreme
mme mlle mmes messrs herr frau señor senor señora senora señorita sra srta signor signora
""")

# Office nouns that end a phrase naming an office, not a holder ("Assistant Professor",
# "Virginia Governor"); titles that are also common surnames (King, Bishop, Major) are left out.
OFFICE_NOUNS = _words("""
president minister premier secretary senator governor mayor professor manager director
chairman chairwoman spokesman spokeswoman spokesperson ambassador commissioner ceo adviser
advisor coach officer envoy president-elect prosecutor lecturer editor representative attorney
counsel chief commander historian moderator podcaster anchor presenter commentator columnist actor
actress rapper comedian musician poet novelist filmmaker entrepreneur politician diplomat scholar
physician surgeon astronaut photographer photojournalist correspondent pundit strategist pollster
lobbyist superintendent
""")
# Offices held in a body that are also surnames ("Howard Dean"): an office only when "of" and
# the body follow ("the Dean of the House", "Clerk of the Court").
OFFICES_OF_A_BODY = _words("dean clerk chaplain registrar provost rector bursar")

# Generic heads that, capitalised alone, name a standing body of their own ("the House",
# "Parliament", "the Army") rather than repeat a longer name that ends in them.
STANDING_BODIES = _words("""
house senate congress parliament assembly government administration cabinet police army navy
church
""")

# Honorifics: a title that says nothing about the role.
HONORIFICS = _words("""
mr mrs ms miss dr sir dame lord lady mx majesty highness excellency honorable honourable hon
mme mlle mmes messrs herr frau señor senor señora senora señorita sra srta signor signora
monsignor msgr monseñor monsenor
""")

# The word that ends a name of an institution called after what it does ("Research and
# Referral Hospital", "Arts and Sciences Faculty"); not a firm's legal form.
INSTITUTIONS = _words("""
hospital clinic institute college university faculty school academy department administration
council commission foundation society association museum centre center agency authority board
bureau laboratory library
""")

# Honorifics and role nouns that say a man or a woman ("Mrs. Hale", "the spokeswoman").
MALE_WORDS = _words("""
mr sir lord king prince duke baron emperor sultan emir sheikh brother father husband son widower
grandfather uncle nephew spokesman congressman businessman councilman sportsman statesman
policeman boyfriend
""")
FEMALE_WORDS = _words("""
mrs ms miss dame lady madam queen princess duchess baroness empress sister mother wife daughter
widow grandmother aunt niece actress spokeswoman chairwoman congresswoman businesswoman
councilwoman sportswoman stateswoman policewoman girlfriend
""")

# Words that mark an organisation's name (the last two lines: football clubs, "Leeds United"; broadcasters,
# "Starz TV").
ORG_WORDS = _words("""
party bank office ministry department agency university college school institute council
committee commission court parliament assembly congress senate house union federation
association society company corporation corp inc ltd llc plc group foundation fund trust
organization organisation army navy police force forces guard front movement league club
team board bureau service services authority tribunal network press news times post journal
airlines airways motors industries holdings partners church mosque synagogue hospital museum
centre center academy alliance coalition cabinet government administration watch caucus command
forum library laboratory magazine nation nations tribe tribes fraternity sorority fc afc
united rovers wanderers athletic albion hotspur
tv television radio
""")

# Legal forms that end a company's name ("Acme Widgets Inc", "Boatmen's Holdings Corp.",
# "HDT Védelmi Ipari Kft.").  Business news names a company in full once, then by its first
# words ("Kestrel" for "Kestrel Financial Group Inc"): the merge joins the two.
LEGAL_FORMS = _words("""
inc corp co ltd llc plc sa spa ag nv bv ab gmbh oyj asa lp llp pty bhd corporation incorporated limited
kft zrt srl sarl kg oy sro
""")

# Words that make a name a place.
PLACE_WORDS = _words("""
river lake mountain mountains mount sea ocean bay gulf island islands valley street avenue road boulevard
square province region state county city district village town airport bridge peninsula
desert coast strait canal park cathedral palace stadium arena castle
""")

# Words that open a place's name: "Lake Waban", "Mount Kenya", "Cape Town", "Fort Worth".
PLACE_OPENINGS = _words("lake mount mt cape fort isle loch")

# Common nouns a text equates a name with ("X, a company"; "X is the largest state"), by the
# kind of actor they describe; titles describe people too.
DESCRIBES_PLACE = _words("""
country nation state city town village capital region province territory island county district
republic kingdom emirate area neighbourhood neighborhood suburb municipality
church cathedral basilica mosque temple synagogue shrine monastery palace castle fortress
landmark monument stadium arena bridge tower square airport
""")
# ("producer" is left out: "executive producer Jane Roe" is said far more often than "oil
# producer Acme".)
DESCRIBES_ORG = _words("""
company firm corporation agency group organisation organization newspaper paper magazine
broadcaster network website platform carrier airline manufacturer retailer bank charity
union network outlet publication station channel network service club team maker blog
""")
# Nouns that stand for one body once the text has tied them to it ("the Pacific Standard bar" …
# "the bar"): an organisation's kind, and the venues a story may be about.
BODY_NOUNS = (ORG_WORDS | DESCRIBES_ORG | _words("bar pub restaurant cafe hotel shop store business")) \
    - _words("press news times post house nation forces services government administration")
# Nouns for works, craft and living or lifeless things that a name can be given to ("his
# column Savage Love", "the ship Alan Kurdi", "the fungus Beauveria bassiana", "Formica fusca,
# an ant species"): such a name is no actor.
THING_NOUNS = _words("""
book novel memoir biography film movie documentary song album single show series sitcom programme
program episode play musical opera poem painting column podcast ship vessel yacht boat
species genus subspecies strain fungus bacterium virus parasite disease drug medicine vaccine
chemical compound molecule protein gene enzyme toxin neurotoxin poison plant tree flower animal bird
fish insect ant
bee mammal reptile dinosaur fossil mineral comet asteroid galaxy telescope language dish cocktail
""")
DESCRIBES_PERSON = _words("man woman guy person boy girl son daughter wife husband mother father")
# Title words that qualify an office or name its field; alone they describe no one ("X is home
# to…", "Secretary of State X").
QUALIFYING_TITLES = _words("""
home state foreign interior defence defense finance health opposition former late acting interim
incumbent first ex- vice deputy crown majority minority supreme
""")

# Nouns said only of people, which news puts before a name ("porn star X", "his client X",
# "Chelsea striker X"): as good as a title for the kind, though no office.
PERSON_NOUNS = DESCRIBES_PERSON | _words("""
star superstar client patient victim suspect survivor widow widower fan lawyer singer songwriter
rapper player striker midfielder defender goalkeeper teenager teen student activist businessman
businesswoman billionaire millionaire tycoon mogul magnate heir heiress socialite journalist
reporter author writer artist designer athlete champion veteran boxer footballer cricketer golfer
cyclist pilot soldier nurse doctor teacher priest pastor cleric dissident blogger influencer chef
dancer pianist guitarist drummer
""")

# Nouns said of people besides offices, trades and kin: relations, standings, figures ("his
# running mate X", "Nobel laureate X"); a role headed by one fits a person.  With them the
# title words that also qualify or head a body's name ("deputy", "chief", "leader").
RELATION_NOUNS = _words("""
mate friend colleague partner aide ally rival opponent successor predecessor heir confidante
confidant relative boss member staffer figure host guest owner resident native national citizen
expert official advocate model laureate hostage tycoon mogul magnate legend icon celebrity rebel hero
heroine prodigy guru personality youth adult child critic elect
head chief deputy leader general
""")

# Nouns that introduce a name as a name ("the name 'Alan Roe'", "the slogan X"): they say what
# the words are, not what the one named is or does, so they are no role.
NAME_NOUNS = _words("""
name names nickname moniker pseudonym alias word words term phrase slogan motto hashtag label
title headline brand acronym abbreviation codename
""")

# Platforms people post on: "on Twitter West accused…" is the platform, then the person.
PLATFORMS = _words("""
twitter facebook instagram youtube tiktok telegram whatsapp weibo wechat snapchat reddit linkedin
""")

COMPASS_POINTS = _words("north south east west northeast northwest southeast southwest")

# Heads of names of events, works and awards: not people, organisations or places.
EVENT_WORDS = _words("""
olympics paralympics games cup championship championships war wars festival month week summit
conference election elections prize award awards revolution crisis tournament marathon expo
series trophy derby grand-prix open rally debate debates primary primaries referendum invitational
act bill law laws directive constitution treaty accord accords deal amendment doctrine
virus coronavirus disease diseases syndrome flu influenza fever pandemic epidemic outbreak day
""")

# Heads that name a state as well as a body ("Soviet Union", "Russian Federation"): the model's
# GPE label tells which.
POLITY_HEADS = _words("union federation commonwealth emirates kingdom republic confederation")

# Time zones after a clock time ("2100 UTC") are no one.
TIME_ZONES = _words("utc gmt est edt cst cdt mst mdt pst pdt bst cet cest eet eest ist jst aest aedt msk")
# Diseases news names with a capital ("afraid of Covid"): what someone has, not who acts.
DISEASES = _words("""
covid coronavirus ebola zika sars mers hiv aids malaria cholera measles polio dengue tuberculosis
""")
# "900 B.C.": the mark of an era; "including from Islam": a faith. Neither is an actor (the
# faith's bodies are: "the Catholic Church").
ERAS = _words("b.c. a.d. b.c.e. c.e. bce")
RELIGIONS = _words("""
islam christianity judaism buddhism hinduism sikhism jainism catholicism protestantism shinto
taoism zoroastrianism
""")
# "Sigma Alpha Epsilon", "Phi Beta Kappa": a name of Greek letters is a fraternity's, a
# sorority's or a society's.
GREEK_LETTERS = _words("""
alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau
upsilon phi chi psi omega
""")
# Participles news puts before a name to say what is alleged of it or what befell it
# ("Suspected Boko Haram gunmen", "Exiled opposition leader X"); opening a sentence, they are
# capitalised for that alone and are no part of the name.
DESCRIPTIVE_PARTICIPLES = _words("""
suspected alleged accused wanted jailed detained imprisoned exiled ousted deposed disgraced
embattled convicted indicted retired besieged beleaguered
""")
# Feasts and holidays ("worshippers on Easter"): days, not actors.
HOLIDAYS = _words("""
easter christmas ramadan thanksgiving hanukkah diwali passover halloween eid lent advent pentecost
nowruz
""")
# Awards and their ceremonies ("won the Oscar", "Oscar-winning actor X", "the Grammys"): prizes,
# not actors.  One word only: "Pulitzer" alone is the prize, "Joseph Pulitzer" the man.
AWARDS = _words("oscar oscars emmy emmys grammy grammys bafta baftas pulitzer")
# Letters written after a person's name ("Mark Tedeschi, QC", "Jane Roe OBE"): a rank or an honour,
# which the model labels a place or a body.  Not "MP", "SC", "MD": a state's code or a noun too.
POSTNOMINALS = _words("qc kc obe mbe cbe kbe dbe gbe phd esq")
# What a family calls its own ("Dad paid $300,000 last time", "Mamma loses twice that"):
# capitalised as a name, but it names someone only to the speaker; a reader learns nothing
# from "Dad" as a key actor.  Only on its own: "Mamma Mia", "Papa John's" are names.
FAMILY_ADDRESS = _words("""
mom mum mommy mummy momma mama mamma dad daddy papa grandma grandpa granny grandad granddad
grandmama grandpapa
""")
# Nouns for the people of a nation or a city that are no NORP to the model ("the Spaniard",
# "Londoner Tony Francis"). A rule for "-er" after a place's name would take surnames too
# ("Wiener"), so they are listed.
DEMONYM_NOUNS = _words("""
spaniard spaniards briton britons frenchman frenchmen frenchwoman frenchwomen englishman englishmen
englishwoman englishwomen irishman irishmen irishwoman irishwomen scotsman scotsmen scotswoman
scotswomen welshman welshmen welshwoman dutchman dutchmen dutchwoman swede swedes dane danes
londoner londoners beijinger beijingers berliner berliners icelander icelanders muscovite muscovites
""")
# Nouns a name with "'s" before them makes an illness: "Alzheimer's disease", "Tourette's syndrome".
ILLNESS_NOUNS = _words("disease syndrome disorder palsy")

# Capitalised words of the calendar: a story's first word glued to its source tag may be one.
DAY_AND_MONTH_NAMES = _words("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
""")

# Storms are named like people ("Cyclone Phailin") but are events.
STORM_WORDS = _words("cyclone hurricane typhoon storm tropical tornado")

# Lower-case particles that open or join names ("de Gaulle", "al-Assad", "bin Laden").
NAME_PARTICLES = _words("de da di du van von al el bin ibn ben abu la le del")

# Small words inside multi-word names, skipped when forming initials.
NAME_FUNCTION_WORDS = _words("of the and for in on at to de la le du des von van der & 's")

# A handful of names everyone abbreviates without initials.
WELL_KNOWN_ALIASES = {
    "america": "united states",
    "usa": "united states",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    # "Washington, D.C.", then "D.C." or "Washington" alone: the one city.
    "washington dc": "washington",
    "dc": "washington",
}
# A country's abbreviation opening a longer name says whose the body is: "U.S. Congress" is the
# "United States Congress", "UK Parliament" the "Parliament of the United Kingdom".  Only before a
# body's word: alone, "US" may be the pronoun in capitals, and "USA Today" is a paper's own name.
COUNTRY_PREFIXES = {"us": "united states", "usa": "united states", "uk": "united kingdom"}

# Words that say only whose something is ("U.S. Congress", "French Parliament", "minister for
# East African Affairs"): places, nationalities, and the abbreviations and irregular nationality
# words the others do not give.
COUNTRY_ACRONYMS = _words("us usa uk eu")
NATIONALITIES = _words("french dutch greek thai swiss welsh british czech")
# Adjectives of a party or a creed that read like a people's ("Republican", "Christian").
PARTISAN = _words("""republican democratic democrat conservative liberal socialist communist
labour labor green libertarian progressive christian muslim islamic catholic protestant""")
# A capitalised adjective of a people or a region: "African", "Asian", "Sudanese", "Arabic".
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|ic)$")


def says_whose(words: list[str] | tuple[str, ...]) -> bool:
    """"U.S.", "Puerto Rico", "Tunisian", "French": words that name a place or its people."""
    key = " ".join(words).lower().replace(".", "")
    return key in region_names() or key in COUNTRY_ACRONYMS or key in NATIONALITIES \
        or (len(words) == 1 and bool(DEMONYM.search(words[0])))


# Verbs that introduce reported speech.
SPEECH_VERBS = _words("""
say tell add state warn claim insist explain write ask note argue declare announce reply
respond continue conclude urge stress describe suggest admit acknowledge recall observe
comment remark tweet post testify confirm deny emphasize emphasise assert maintain complain
predict promise vow threaten call read speak mention report
""")
# Verbs that take someone's words as their object or complement: "Bash characterized
# the attack as "…"", "Trump lauded Cain as a "…"".  Unlike a verb of saying, which
# also attributes a quotation beside it, one of these attributes only the quotation
# it governs.
QUOTING_VERBS = SPEECH_VERBS | _words("""
characterize characterise label term dub brand laud hail praise assail criticize criticise
condemn denounce decry deride dismiss slam blast accuse thank allege exclaim opine proclaim
plead demand propose pledge contend concede reiterate repeat shout scream yell chant joke quip
boast lament apologize apologise refer regard cite reflect
""")

PERSON_PRONOUNS = _words("he she him her")
GROUP_PRONOUNS = _words("it they we")


@functools.cache
def country_names() -> frozenset[str]:
    """Lower-cased names of the world's countries (ISO 3166, from pycountry).

    The small model calls a country it rarely saw a person ("Benin", "Malawi").
    """
    import pycountry

    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(c, attr, None):
                names.add(value.lower())
    return frozenset(names)


@functools.cache
def region_names() -> frozenset[str]:
    """Lower-cased names of countries and their first-level divisions (states, provinces)."""
    import pycountry

    # A name may carry its other language's in brackets ("Wales [Cymru GB-CYM]") or after ";".
    names = {part.split("[")[0].strip().lower() for s in pycountry.subdivisions for part in s.name.split(";")}
    return country_names() | frozenset(n for n in names if n)


@functools.cache
def _namer():
    # The nicknames package's table of English given names (the merge uses it for Bill ~ William).
    from nicknames import NickNamer

    return NickNamer()


@functools.cache
def _lemma_index() -> dict:
    # The English lemmatizer's index of lemmas by part of speech (WordNet's nouns, verbs,
    # adjectives and adverbs), shipped with the spaCy model.
    from generator.analysis.parse import load_model

    return load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")


@functools.cache
def _common_nouns() -> frozenset[str]:
    return frozenset(_lemma_index()["noun"])


@functools.cache
def _english_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset().union(*_lemma_index().values()) | STOP_WORDS


@functools.cache
def _verbs_and_modifiers() -> frozenset[str]:
    index = _lemma_index()
    return frozenset(index["verb"]) | frozenset(index["adj"]) | frozenset(index["adv"])


# "Ministry's": a possessive written onto a word, with nothing after it but the word's end.
POSSESSIVE = re.compile(r"['’]s(?!\w)")


def is_acronym(name: str) -> bool:
    """"DVK", "U.N.", "S&P": two to eight capitals, dots and ampersands aside."""
    bare = name.replace(".", "").replace("&", "")
    return 2 <= len(bare) <= 8 and bare.isalpha() and bare.isupper()


def singulars(word: str) -> list[str]:
    """The words a plural may come from: "weasels" → "weasel", "bunnies" → "bunny", "churches"
    → "church" (with the other cuts, which are seldom words)."""
    lower = word.lower()
    if not lower.endswith("s"):
        return []
    return [lower[:-1]] + ([lower[:-3] + "y"] if lower.endswith("ies") else []) \
        + ([lower[:-2]] if lower.endswith("es") else [])


def is_demonym_noun(word: str) -> bool:
    """"Spaniard", "Londoner": a word for the people of a nation or a place; it describes a
    person ("Beijinger Robert Zhao"), it names no actor."""
    return word.lower() in DEMONYM_NOUNS


def one_slip(a: str, b: str) -> bool:
    """``a`` is ``b`` with one slip of the keyboard: a letter dropped, added or changed, or two
    neighbouring letters swapped ("Represenative", "Chriac"): an optimal-string-alignment
    distance of one."""
    return OSA.distance(a, b) == 1


@functools.cache
def misspelt_title(word: str) -> bool:
    """"Represenative Adam Schiff": a long title (nine letters or more as written) with one
    slip.  Not an English word ("presented", by its stem), a given name or a title's plural
    ("Reporters Without Borders", "congressmen"); shorter titles lie one slip from names
    ("Justine" from "justice", "Marshall" from "marshal"), so they are left alone."""
    plural = (word.endswith("s") and word[:-1] in TITLES) \
        or (word.endswith("men") and word[:-3] + "man" in TITLES)
    if len(word) < 9 or not word.isalpha() or plural or is_given_name(word) \
            or any(stem in _english_words() for stem in _stems(word)):
        return False
    return any(len(t) >= 8 and one_slip(word, t) for t in TITLES)


def initials(words: tuple[str, ...]) -> str:
    """"DVK" for "Democratic Choice of Kazakhstan": the first letters of the words that count."""
    return "".join(w[0] for w in words if w.lower() not in NAME_FUNCTION_WORDS and w[:1].isalpha()).upper()


def is_plain_word(word: str) -> bool:
    """A verb, adjective or adverb of the lexicon, by its stem too ("Witnessing"), or a body's
    or a place's word ("Lake"): no given name, whatever its capital.  (The lexicon's nouns
    include names such as "Joachim", so nouns alone do not count.)"""
    lower = word.lower()
    return lower in ORG_WORDS | PLACE_WORDS or any(s in _verbs_and_modifiers() for s in _stems(lower))


def reads_as_english(text: str) -> bool:
    """Most of the lower-case words are English ones (inflected forms by their stem too): not a
    phrase from a quotation in another language ("e concluye que la juramentación como…")."""
    words = [w for w in text.split() if w.isalpha() and w.islower()]
    if len(words) < 3:
        return True
    known = _english_words()
    return 2 * sum(any(stem in known for stem in _stems(w)) for w in words) >= len(words)


def _stems(word: str) -> list[str]:
    """"nominated" → "nominate", "nominat"…: the word and the forms an English ending leaves."""
    out = [word]
    for ending in ("s", "es", "d", "ed", "ing"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            out.append(word[: -len(ending)])
    return out


def is_label_word(word: str) -> bool:
    """A common noun that is not also a given name: "Inmate", "Teammate", "Model" before a
    name describe the person.  WordNet lists many names as nouns too ("John", "Paris"), so
    the table of given names has the last word."""
    lower = word.lower()
    return word.isalpha() and lower in _common_nouns() and not is_given_name(lower) \
        and lower not in NAME_PARTICLES


# A first name held by at least this share of the 1990 US census's people (per cent): some 1,500
# names; rarer ones are often surnames or words ("Ward", "Summer").
CENSUS_SHARE = 0.01


# A given name is a man's or a woman's when one sex holds it this many times as often as the
# other ("Devin" 7 to 1); "Jordan", "Taylor" and "Kim" are either.
GENDER_RATIO = 5.0
# Women's names in the US census that are men's in Europe (Jean Castex, Andrea Bocelli, Nicola
# Zingaretti, Simone Biagio): either.
EITHER_SEX = _words("jean andrea nicola simone")


@functools.cache
def _census_shares() -> dict[str, tuple[float, float]]:
    """The US Census Bureau's 1990 first names (public data, shipped by the ``names`` package):
    name -> (per cent of men, per cent of women) who hold it."""
    from importlib.resources import files

    shares: dict[str, list[float]] = {}
    for sex, table in enumerate(("dist.male.first", "dist.female.first")):
        for line in (files("names") / table).read_text(encoding="ascii").splitlines():
            name, share, *_ = line.split()
            shares.setdefault(name.lower(), [0.0, 0.0])[sex] = float(share)
    return {name: (m, f) for name, (m, f) in shares.items()}


@functools.cache
def _census_first_names() -> frozenset[str]:
    """The census's first names held by at least ``CENSUS_SHARE`` of either sex: "Brett",
    "Darin", "Luis" have no nickname, so the nicknames table does not know them.  Not
    those that are English words too ("Hope", "Chase", "Son", "Young"): a capital does not make
    them names, and the words must stay words for ``is_label_word``."""
    out = {name for name, shares in _census_shares().items() if max(shares) >= CENSUS_SHARE}
    return frozenset(out - _english_words())


def given_name_sex(word: str) -> str | None:
    """"m" or "f" for a first name of the census that one sex holds ``GENDER_RATIO`` times as
    often as the other; None for the others and for rare ones: "Ma" (0.008 % of women) leads
    Chinese names as a surname ("Ma Ngok").  Meant for the first word of a person's name:
    alone, "Will" or "Rose" may be a word."""
    shares = _census_shares().get(word.lower())
    if shares is None or max(shares) < CENSUS_SHARE or word.lower() in EITHER_SEX:
        return None
    m, f = shares
    if m >= GENDER_RATIO * f:
        return "m"
    if f >= GENDER_RATIO * m:
        return "f"
    return None


def is_given_name(word: str) -> bool:
    """A given name in the tables; not a name particle ("Al Jazeera") nor a state's or
    country's name ("Virginia", "Georgia")."""
    word = word.lower()
    if word in NAME_PARTICLES:
        return False
    nn = _namer()
    known = bool(nn.nicknames_of(word) or nn.canonicals_of(word)) or word in _census_first_names()
    return known and word not in region_names()


def described_kind(noun: str) -> str:
    """The kind a noun that describes a name says ("magazine", "province", "senator"), or ""."""
    if noun in DESCRIBES_PLACE:
        return "place"
    if noun in DESCRIBES_ORG:
        return "organization"
    return "person" if noun in PERSON_NOUNS or noun in TITLES - QUALIFYING_TITLES else ""
