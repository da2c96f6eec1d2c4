"""Clause rewrites: the neutral wording of a whole clause that makes a person the doer of a
failure, offered where the rule's own rewrites (which only replace the span) cannot help.

"Dana forgot to renew the certificate" becomes "The certificate was not renewed", "a
contractor unintentionally deleted files before the outage" becomes "files were deleted
before the outage": what happened stays, the doer and the judging adverb go, so that the
sentence can go on to say why (the finding's question asks for that).

Only the shapes that can be rewritten without guessing are: a short subject at the start of
its clause, an optional adverb, a failure verb ("forgot to", "failed to", "neglected to", "did
not", or a past verb that loses or breaks something) and a noun phrase as its object. Anything
else ("forgot the gates were open", a verb shared with a following "and …") gets no rewrite:
a wrong rewrite is worse than none. In German: a perfect or pluperfect main clause with its
object right before the participle, an omission ("hatte vergessen, … zu …") and a main clause
in the simple past (see below).

Three more kinds of finding get a rewrite here: a judging word before its noun is left out
("a clumsy contractor" -> "a contractor"), a person's "should have done X" says what
happened to X ("Dana should have noticed the alert" -> "The alert was not noticed"), and a
who- or why-question about one act is asked about the situation instead ("Who broke the
build?" -> "What did the situation look like when the build was broken?").
"""

from __future__ import annotations

import re

from pmdesk.lint._rules import compiled_on_use

__all__ = ["clause_rewrite", "rewrite_for"]

# Past forms whose participle differs, and the participles of base forms after "failed to".
_IRREGULAR_PAST = {
    "broke": "broken", "took": "taken", "wrote": "written", "overwrote": "overwritten",
    "rewrote": "rewritten", "ran": "run", "forgot": "forgotten", "threw": "thrown",
    "tore": "torn", "blew": "blown", "shook": "shaken", "drove": "driven", "froze": "frozen",
    "chose": "chosen", "gave": "given", "undid": "undone", "did": "done", "stole": "stolen",
    "hid": "hidden", "ate": "eaten", "fell": "fallen", "began": "begun",
}  # fmt: skip
_IRREGULAR_BASE = {
    "break": "broken", "take": "taken", "write": "written", "overwrite": "overwritten",
    "rewrite": "rewritten", "run": "run", "rerun": "rerun", "forget": "forgotten",
    "throw": "thrown", "tear": "torn", "blow": "blown", "shake": "shaken", "drive": "driven",
    "freeze": "frozen", "choose": "chosen", "give": "given", "undo": "undone", "do": "done",
    "steal": "stolen", "hide": "hidden", "begin": "begun", "override": "overridden",
    "set": "set", "reset": "reset", "put": "put", "cut": "cut", "shut": "shut", "hit": "hit",
    "let": "let", "read": "read", "reread": "reread", "send": "sent", "resend": "resent",
    "build": "built", "rebuild": "rebuilt", "keep": "kept", "leave": "left", "lose": "lost",
    "make": "made", "pay": "paid", "tell": "told", "find": "found", "hold": "held",
    "bring": "brought", "buy": "bought", "catch": "caught", "teach": "taught",
    "think": "thought", "seek": "sought", "sell": "sold", "spin": "spun", "stick": "stuck",
    "feed": "fed", "lead": "led", "meet": "met", "mean": "meant", "spend": "spent",
    "lend": "lent", "bend": "bent", "show": "shown", "see": "seen", "get": "got",
    "say": "said", "lay": "laid", "wake": "woken", "wear": "worn", "bind": "bound",
    "understand": "understood", "misunderstand": "misunderstood",
    "upset": "upset", "spread": "spread", "split": "split", "quit": "quit", "shed": "shed",
}  # fmt: skip
# Two-syllable verbs stressed on the end double their last consonant ("committed").
_DOUBLING = frozenset(
    {"commit", "submit", "omit", "permit", "admit", "refer", "prefer", "control", "patrol",
     "compel", "occur", "transfer", "regret", "rebut", "unplug", "unpin", "unzip", "equip"}
)  # fmt: skip
_ONE_SYLLABLE_CVC = compiled_on_use(r"[^aeiou]*[aeiou][bdgklmnprt]")

# Past verbs a failure-verb finding sits on (losing, breaking or removing something, or an
# ordinary act done to the wrong thing): the passive keeps what happened.
_PAST_ACTS = (
    # Verbs with a particle first, so that "cut" does not end the match before "through".
    r"e-?mailed\s+out|mailed\s+out|sent\s+out|cut\s+through|drilled\s+through|"
    r"deleted|removed|dropped|wiped\s+out|wiped|erased|ripped\s+out|dug\s+up|knocked\s+over|destroyed|trashed|nuked|truncated|purged|"
    r"overwrote|overwritten|unplugged|disconnected|disabled|switched off|turned off|shut down|"
    r"shut off|took down|took out|knocked out|broke|corrupted|misconfigured|mislabell?ed|"
    r"misplaced|lost|spilled|spilt|killed|bricked|reverted|rewrote|force-pushed|"
    r"mistyped|misread|missed|overlooked|skipped|ignored|administered|wired|entered|"
    r"keyed\s+in|typed\s+in|keyed|typed|pushed|merged|deployed|released|committed|checked|flipped|cut|pulled|"
    r"applied|ran|executed|changed|set|opened|closed|sent|approved|installed|uninstalled|"
    r"restarted|rebooted|renamed|moved|replaced|inserted|plugged|threw|hit|pressed|clicked|"
    r"selected|chose|picked|edited|updated|upgraded|downgraded|revoked|unscrewed|loosened|"
    # Data sent where it should not go, and physical damage.
    r"e-?mailed|mailed|forwarded|faxed|leaked|published|unpublished|uploaded|disclosed|"
    r"printed|reformatted|formatted|flushed|severed|damaged|struck|punctured|drilled|sliced|"
    r"tripped|bumped|yanked|billed|overcharged|cancell?ed"
)
# Passives the linter itself reads as accusing ("was ignored", "was missed", "was skipped")
# get a wording it lets pass, so that applying a rewrite never raises a new finding.
_REWORDED = {
    "ignored": "not responded to",
    "overlooked": "not noticed",
    "missed": "not caught",
    "skipped": "left out",
    "cut through": "cut",
}
# Verbs whose passive with "not" is itself an accusing passive ("was not read", "was not
# followed"): no rewrite.
_NO_PASSIVE = frozenset({"read", "follow", "heed", "acknowledge", "escalate", "act"})
# Adverbs that judge the act or say it was unintended; the rewrite leaves them out.
_ADVERB = (
    r"(?:accidentally|accidently|mistakenly|inadvertently|unintentionally|erroneously|"
    r"wrongly|carelessly|just|simply|also|then|again|apparently|somehow|clearly|actually|"
    r"completely|totally|massively|badly|even|really|ever|properly|fully)"
)
_WORD = r"[A-Za-z][\w’'-]*"
# A word of a subject's noun phrase: no auxiliary or adverb ("A nurse had accidentally").
_SUBJECT_WORD = rf"(?!(?:had|has|have|was|were|is|are|did|{_ADVERB})\b){_WORD}"
_SUBJECT = compiled_on_use(
    # With an "of" phrase of its own: "An employee of a financial regulator".
    r"(?:(?:yet\s+)?(?:the|a|an|one|our|their|his|her|my|your|some|another|this|that)\s+"
    rf"(?:(?!of\b){_SUBJECT_WORD}\s+){{0,3}}(?!of\b){_SUBJECT_WORD}"
    rf"(?:\s+of\s+(?:(?:the|a|an|our|their|its|his|her)\s+)?(?:{_WORD}\s+){{0,1}}{_WORD})?"
    rf"|one\s+of\s+(?:the|these|those|our|their|his|her|my|your)\s+(?:{_WORD}\s+){{0,2}}{_WORD}"
    # "it" where the finding read it as an organisation ("after it erroneously emailed out").
    r"|(?:I|you|he|she|they|we|it|someone|somebody)\b"
    # A plural noun after a capitalised first word, with no article: "Work crews"; in
    # lower case after a conjunction: "when builders accidentally cut …".
    r"|@[\w-]+|(?-i:[A-Z][a-z]+\s+[a-z][a-z-]*[a-z]s)(?=\s)"
    r"|(?:(?<=when\s)|(?<=after\s)|(?<=before\s)|(?<=because\s)|(?<=since\s)|(?<=until\s)|"
    r"(?<=,\s))(?!(?:this|thus|was|is|has|does|its|us|yes|less|unless|always|perhaps|"
    r"sometimes|whereas|as|plus|various|previous|obvious|serious|ours|theirs|hers|his)\b)"
    r"(?-i:(?:[a-z]+\s+)?[a-z][a-z-]*[a-z]s)(?=\s)"
    rf"|(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}}))",
    re.IGNORECASE,
)
_TIME_WORD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|lunch|night|morning|"
    r"evening|afternoon|weekend|noon|midnight|\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|utc|gmt|cet))?)"
)
# What may come between the start of the clause and its subject: a time word, kept as it is.
_LEAD = compiled_on_use(
    r"(?:(?:sorry|oops|whoops|ugh|well|ok|okay|yes|so),?\s+)?"
    # A word on how the writer knows or feels about it, which the rewrite keeps.
    r"(?:(?:apparently|reportedly|evidently|unfortunately|sadly|basically),?\s+)?"
    r"(?:(?:(?:a|an|one|two|three|four|five|a\s+few|several|\d+)\s+(?:\w+\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:ago|later|earlier)"
    r"|yesterday|today|then|later|eventually|finally|also),?\s+)?"
    # A time told without a comma, kept as it is: "On Friday a contractor cut …", "At 14:02
    # the engineer ran …", "After lunch a member of staff emailed …" (after the opener).
    rf"(?:(?:(?:on|at|in|during|around|by|late|early|last|that|this|next)\s+(?:the\s+)?)?"
    rf"{_TIME_WORD}\s+(?:(?:night|morning|evening|afternoon)\s+)?)?",
    re.IGNORECASE,
)
# Verbs in -ly, which are no manner adverb: "failed to comply with".
_LY_VERBS = r"(?:apply|comply|reply|supply|rely|fly|multiply|imply|rally|tally|bully|ally)"
_VERB_GROUP = compiled_on_use(
    rf"(?:{_ADVERB}\s+)*(?:"
    r"(?P<omit>(?:forgot|failed|neglected|omitted)\s+to|did\s+not|didn['’]t|never)\s+"
    rf"(?:{_ADVERB}\s+)?(?P<manner>(?!{_ADVERB}\b|{_LY_VERBS}\b)[a-z]+ly\s+)?(?P<base>[a-z]+)"
    rf"|(?P<had>had\s+)?(?:{_ADVERB}\s+)?(?P<past>{_PAST_ACTS}))\s+",
    re.IGNORECASE,
)
# Words that end a clause on their left: the subject starts after the last of them.
_CLAUSE_OPENER = compiled_on_use(
    r"(?:^|[,;(—–]\s*|:(?!\d)\s*|\b(?:that|and|but|because|when|after|before|while|so|as|since|if|"
    r"although|though|where|until|once|how|why)\s+"
    # A reported finding's clause: "you discovered the installation engineer unplugged …".
    r"|\b(?:discovered|found|noticed|learned|learnt|realised|realized|showed|revealed|"
    r"determined|indicated|concluded)\s+"
    # The writer's guess: "I think you broke this test", "it looks like you broke the build".
    r"|\b(?:think|believe|guess|suspect|suppose|(?:looks|seems|sounds)\s+like)\s+)",
    re.IGNORECASE,
)
_DETERMINERS = (
    r"(?:the|a|an|all|both|his|her|their|our|its|my|your|this|that|these|those|some|several|"
    r"many|two|three|four|five|\d[\d,.]*%?|\$[\d,.]+[mkb]?n?)"
)
_DETERMINER = compiled_on_use(_DETERMINERS, re.IGNORECASE)
# The object: a noun phrase, up to six words, with an optional "of" phrase; it ends before a
# preposition, a conjunction, an adverb in -ly or punctuation.
# Words in -ly that are no adverb: "the nightly export", "the family account".
_LY_WORDS = (
    r"(?:nightly|daily|weekly|monthly|hourly|yearly|quarterly|early|friendly|costly|"
    r"elderly|family|assembly|supply|reply|rally|anomaly|italy|jelly)"
)
_STOP = (
    r"(?:in|on|at|to|into|onto|from|for|with|without|by|before|after|during|while|when|"
    r"because|since|as|and|or|but|so|that|which|who|than|then|instead|until|via|through|"
    rf"under|over|again|too|also|yet|(?!{_LY_WORDS}\b)[a-z]+ly|was|were|is|are|had|has|have|"
    r"would|could|"
    r"should|might|must|will|can|using|causing|leaving|making|trying|resulting|leading|"
    r"including|meaning|thinking|believing|assuming|sooner|later|earlier|faster|quicker|"
    r"first|anyway|either|instead|there|here|now|today|yesterday|tonight|following|twice|once|"
    r"preceding|according|regarding|despite|against|within|across|among|towards?|upon|"
    r"around|about|behind|beyond|near|per|versus|of|just)"
)
# A word may start with a dot: a file name such as ".env".
_NP_WORD = rf"(?!{_STOP}(?=[\s,.;:!?]|$))\.?[\w$%][\w’'./$%‑-]*(?<![.])(?=[\s,.;:!?)\"”’]|$)"
_OBJECT = compiled_on_use(
    rf"(?P<object>(?:{_DETERMINERS}\s+)?(?:wrong\s+)?{_NP_WORD}(?:\s+{_NP_WORD}){{0,5}}"
    rf"(?:\s+of\s+(?:{_DETERMINERS}\s+)?{_NP_WORD}(?:\s+{_NP_WORD}){{0,4}}){{0,2}})",
    re.IGNORECASE,
)
# What must not follow the object: a verb of its own ("forgot the gates were open") or a verb
# the subject shares ("deleted the database and realised it"), a participle that needs the
# subject ("took down the servers before leaving work"), or a quoted name that goes with the
# object ("chose the option "Missile alert"").
_BAD_REST = compiled_on_use(
    r"\s*(?:,\s*(?:and|but|then|or)\b(?!\s+(?:it['’]s|it\s+(?:is|was|will)|we|they|there)\b)"
    r"|(?:and|but|then|or)\b|(?:was|were|is|are|had|has|would|could|should|"
    r"might|will|can|than)\b|(?:before|after|without)\s+\w+ing\b|['’]s\b|[\"“‘])",
    re.IGNORECASE,
)
# Later in the sentence, a verb the subject shares: "deleted the wrong database at 22:29 and
# realised immediately after".
_SHARED_VERB_LATER = compiled_on_use(
    r"\b(?:and|but|then)\s+(?:\w+ly\s+)?(?:[a-z]+ed|broke|ran|took|forgot|did|didn['’]t|was|"
    r"had|went|made|left|lost|tried|said|told|knew|thought|saw|found|got|began)\b",
    re.IGNORECASE,
)
# A participle after a comma that needs the doer ("broke all the processes at once, deploying
# stuff that …"); one that tells the result reads as well after a passive ("…, causing an
# outage").
_DOER_PARTICIPLE = compiled_on_use(
    r",\s*(?!(?:causing|leading|resulting|leaving|affecting|triggering|disrupting|knocking|"
    r"taking|bringing|cutting|making|forcing|preventing|exposing|revealing|including|"
    r"meaning)\b)[a-z]+ing\b"
)
_ASIDE = compiled_on_use(r"\s*\([^()]{1,80}\)\s+")
_BY_ACCIDENT = compiled_on_use(r"\s+by\s+(?:accident|mistake)\b", re.IGNORECASE)
_OBJECT_PRONOUNS = {"it": "it", "them": "they", "this": "this"}
_PERSON_WORDS = frozenset(
    {"me", "him", "her", "us", "you", "everyone", "everybody", "people", "himself", "herself",
     "themselves", "myself", "ourselves", "yourself", "nothing", "anything", "any", "none",
     "no", "up", "out", "down", "off", "away", "everything", "something", "what", "how"}
)  # fmt: skip
# A subject whose capital is not a name's: "Root cause: A junior developer deleted …".
_CAPITALISED_OPENING = compiled_on_use(
    r"(?:The|A|An|One|Our|Their|His|Her|My|Your|Some|Another|This|That|I|You|He|She|They|"
    r"We|Someone|Somebody)\b"
)
_POSSESSIVES = compiled_on_use(r"\b(?:his|her|their|my|your|our|its)\b", re.IGNORECASE)
_SINGULAR_S = ("ss", "us", "is", "ics", "news", "data", "status", "series")


# The passive rules whose finding is the accusing verb itself, with or without a doer.
_ACCUSING_PASSIVES = frozenset({("passive_blame.accusatory", "en"), ("passive_blame.passiv", "de")})


def rewrite_for(
    category: str, lang: str, sentence: str, start: int, end: int, rule_id: str = ""
) -> tuple[int, int, str] | None:
    """The neutral rewrite for a finding of ``category`` on ``sentence[start:end]`` whose rule
    (``rule_id``) has no rewrite of its own: (where it starts, where it ends, its wording), or
    None."""
    if (rule_id, lang) in (("group_blame.failure_verb", "en"), ("group_blame.team", "de")):
        # A team's or an organisation's failure reads as a person's: "the team mistakenly
        # deleted the live cluster" -> "the live cluster was deleted".
        category = "person_failure"
    if (rule_id, lang) in _ACCUSING_PASSIVES:
        # The accusing verb is the finding ("was ignored", "vergessen worden"): without its
        # doer the passive still accuses, so dropping the doer is no rewrite.
        return None
    if category in ("person_failure", "passive_blame") and lang in ("en", "de"):
        # A passive that names its doer loses the doer; failing that, a person's failure is
        # rewritten as a clause below.
        drop_doer = passive_doer_rewrite if lang == "en" else _german_passive_doer
        doer_dropped = drop_doer(sentence, start, end)
        if doer_dropped is not None or category == "passive_blame":
            return doer_dropped
    if category == "person_failure":
        return clause_rewrite(lang, sentence, start, end)
    if category == "character":
        return judging_adjective_rewrite(lang, sentence, start, end)
    if category == "counterfactual" and lang == "en":
        return counterfactual_rewrite(sentence, start, end)
    if category == "counterfactual" and lang == "de":
        return _german_counterfactual(sentence, start, end)
    if category == "culprit" and lang == "en":
        return failure_to_rewrite(sentence, start, end)
    if category == "accusatory_question" and lang == "en":
        return question_rewrite(sentence, start, end)
    return None


# A who- or why-question about one act and its object, which can be asked about the situation
# instead: "Who broke the build?" -> "What did the situation look like when the build was
# broken?", "Why did you merge it?" -> "What made merging it look right at the time?", "Why
# didn't you test it?" -> "What got in the way of testing it?". Anything more ("… without
# reason", "… it's not working") gets no rewrite: the question has to be asked afresh.
_QUESTION_SUBJECT = (
    r"(?:you|he|she|they|someone|somebody|@[\w-]+|(?-i:[A-Z][a-z]+)|"
    r"(?:the|that|this|our|your|a)\s+[a-z-]+)"
)
_QUESTION_OBJECT = (
    rf"(?P<object>(?:it|this|that|them|me|us|(?:{_DETERMINERS}\s+)?{_NP_WORD}"
    rf"(?:\s+{_NP_WORD}){{0,4}}))"
    rf"(?P<place>\s+(?:on|to|from|in|into|onto|for|at)\s+(?:(?:{_DETERMINERS})\s+)?"
    rf"{_NP_WORD}(?:\s+{_NP_WORD}){{0,3}})?"
)
_WHO_QUESTION = compiled_on_use(
    r"(?P<who>who)(?:\s+(?:just|actually|even|accidentally|really|originally|first|last))?\s+"
    rf"(?P<verb>[a-z]+ed|{'|'.join(sorted(_IRREGULAR_PAST))}|cut|hit|put|set|shut|sent|made|"
    rf"left|lost)\s+{_QUESTION_OBJECT}(?=\s*\?+\s*$)",
    re.IGNORECASE,
)
_WHY_QUESTION = compiled_on_use(
    r"(?P<why>why)\s+(?:(?P<not>didn['’]t|wouldn['’]t)|did|would)\s+"
    rf"{_QUESTION_SUBJECT}\s+(?P<not2>not\s+|never\s+)?(?P<base>[a-z]+)\s+"
    rf"{_QUESTION_OBJECT}(?=\s*\?+\s*$)",
    re.IGNORECASE,
)
# Objects that would not read as the thing acted on.
_NO_QUESTION_OBJECT = frozenset({"it's", "that's", "there", "up", "out", "off", "down", "away"})


def question_rewrite(sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The question about the situation for a who- or why-question about one act."""
    for pattern in (_WHO_QUESTION, _WHY_QUESTION):
        found = pattern.search(sentence, max(0, start - 1))
        if found is None or found.start() > start or found.end() < end:
            continue
        words = found["object"].split()
        if words[0].lower() in _NO_QUESTION_OBJECT or words[-1].lower() in _NOT_A_HEAD:
            return None
        place = " ".join((found["place"] or "").split())
        if pattern is _WHO_QUESTION:
            verb = found["verb"].lower()
            participle = _IRREGULAR_PAST.get(verb, verb)
            thing, plural = _as_subject(found["object"])
            be = "were" if plural or thing == "they" else "was"
            opening = "What did the situation look like when"
            text = f"{opening} {thing} {be} {participle}" + (f" {place}" if place else "")
            first = found["who"]
        else:
            gerund = _gerund(found["base"].lower())
            if gerund is None:
                return None
            act = " ".join([gerund, found["object"]] + ([place] if place else []))
            negated = found["not"] or found["not2"]
            text = (
                f"What got in the way of {act}"
                if negated
                else f"What made {act} look right at the time"
            )
            first = found["why"]
        if first[0].islower():
            text = text[0].lower() + text[1:]
        return found.start(), found.end(), text
    return None


def _gerund(base: str) -> str | None:
    """ "merge" -> "merging", "stop" -> "stopping", "test" -> "testing"; None for a word that
    is no plain verb."""
    if not base.isalpha() or base in {"be", "have", "do", "go", "say", "think", "want"}:
        return None
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    if base in _DOUBLING or _ONE_SYLLABLE_CVC.fullmatch(base):
        return base + base[-1] + "ing"
    return base + "ing"


# A passive that names its doer: "The cable was cut by a contractor", "… was emailed in error
# by a member of staff within the Northern Trust". The by-phrase runs to a comma, a full stop or
# a word that opens a phrase of time or place.
_PASSIVE_DOER = compiled_on_use(
    r"\b(?P<kept>(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:\w+ly\s+)?"
    r"[a-z][\w-]*(?:\s+(?:in\s+error|by\s+mistake|by\s+accident|out|off|up|down|away))?"
    r"(?:\s+(?:yesterday|today|again|twice|also))?)"
    r"(?P<doer>\s+by\s+"
    r"(?:one\s+of\s+(?:the|our|its|their|his|her)\s+|an?\s+|the\s+|another\s+|some\s+|"
    r"two\s+|three\s+|several\s+)?(?:(?!(?:and|or|but|which|who|that)\b)[\w'’-]+\s+){0,8}?"
    r"[\w'’-]+)"
    r"(?=(?P<stop>\s*[,.;:!?)]|\s*$)|\s+(?:during|while|when|after|before|on|at|in|last|this|"
    r"with|early|late|near)\b)",
    re.IGNORECASE,
)


_ING = compiled_on_use(r"\b\w+ing\b")
# Simple pasts that are no participles: "before it was took down by the authorities" is no
# passive the rewrite can shorten (what is left still reads as someone's act).
_SIMPLE_PASTS = compiled_on_use(
    r"\b(?:was|were|been|got)\s+(?:\w+ly\s+)?(?:took|broke|wrote|gave|drove|ran|went|tore|shook|"
    r"stole|threw|blew|drew|froze|chose|spoke|forgot|ate|rode|rose|woke|wore|bit|hid)\b",
    re.IGNORECASE,
)
_STILL_JUDGED = compiled_on_use(
    r"\b(?:ignored|disregarded|overlooked|neglected|dismissed|brushed aside|mishandled|"
    r"mismanaged|botched|bungled)\b",
    re.IGNORECASE,
)


def passive_doer_rewrite(sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The passive without its doer, where the finding is the passive's verb: "The cable was
    cut by a contractor." -> "The cable was cut." (the harm and the thing stay, the person
    goes); None when the finding is not such a passive."""
    for found in _PASSIVE_DOER.finditer(sentence, max(0, start - 40)):
        if found.start() > end:
            break
        if found.start("kept") <= start and end <= found.end("kept"):
            if found["stop"] is None and _ING.search(found["doer"]):
                # "by a crew accidentally tripping a breaker at …": the act is the cause.
                return None
            if _SIMPLE_PASTS.match(found["kept"]):
                return None
            if _STILL_JUDGED.search(found["kept"]):
                # "advice … was ignored by airport managers": without its doer the passive
                # still says someone disregarded it, a finding of its own.
                return None
            return found.start(), found.end(), found["kept"]
    return None


def clause_rewrite(lang: str, sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The neutral rewrite of the clause around ``sentence[start:end]`` (a failure verb's
    span): (where it starts, where it ends, its wording), or None when the clause has no
    shape that can be rewritten safely."""
    if lang == "de":
        return _german_clause_rewrite(sentence, start, end)
    if lang != "en":
        return None
    opener, subject_start = _subject_start(sentence, start)
    if _place_before(sentence, opener):
        return None  # "a crew near Carrollton, Missouri cut another line"
    nobody = _NOBODY.match(sentence, subject_start)
    if nobody is not None:
        return _nobody_rewrite(sentence, subject_start, nobody, end)
    for subject in _subjects(sentence, subject_start, start):
        # An aside after the subject goes with it: "someone (we won't name names) deleted …".
        aside = _ASIDE.match(sentence, subject.end())
        verb = _VERB_GROUP.match(sentence, aside.end() if aside else subject.end() + 1)
        if verb is None or start <= subject.end():
            continue
        found = _OBJECT.match(sentence, verb.end())
        if found is None:
            continue
        words = found["object"].split()
        last = words[-1].lower()
        participle = last.endswith("ing") and last not in _ING_NOUNS
        if last in _NOT_A_HEAD or (participle and _GOES_ON.match(sentence, found.end())):
            return None  # "medication belonging to …", "our live, production database"
        if last.endswith(("’s", "'s")) or (
            words[0].lower() == "that" and len(words) > 1 and _DETERMINER.fullmatch(words[1])
        ):
            return None  # "one of Openreach’s (BT) cables"; "did not understand that those …"
        verb_word = (verb["base"] or verb["past"] or "").lower()
        if verb_word in _TELL_OF and " of " in found["object"]:
            return None  # "failed to notify the Authority of those breaches"
        if _AFTER_AND.search(sentence, 0, subject_start) and subject[0][:1].isupper():
            return None  # "near Durbin Avenue and Collins Drive inadvertently struck …"
        thing, thing_end = found["object"], found.end()
        destination = _DESTINATION.match(sentence, thing_end)
        sent_to = ""
        transfer = (
            " ".join((verb["past"] or "").lower().split()) in _TRANSFERS
            or (verb["base"] or "").lower() in _TRANSFER_BASES
        )
        if destination is not None and not transfer:
            # "unplugged both power cables to the DHCP server": the cables to the server.
            thing, thing_end = sentence[found.start() : destination.end()], destination.end()
        elif destination is not None and destination.end() >= end:
            # Where the finding takes in the destination, it stays after the verb: "pushed a
            # .env file to a public repo" -> "A .env file was pushed to a public repo".
            sent_to, thing_end = destination[0], destination.end()
        # "deleted files by accident": the phrase that judges goes with the doer.
        by_accident = _BY_ACCIDENT.match(sentence, thing_end)
        clause_end = by_accident.end() if by_accident else thing_end
        if clause_end < end:
            continue
        # The head of "personal data of 400 individuals" is "data", of "most of the machines"
        # "machines".
        head = found["object"].split(" of ")[0].split()[-1]
        if head.lower() in _QUANTIFIERS:
            head = words[-1]
        rewritten = _passive(verb, thing, head)
        if rewritten is None or _BAD_REST.match(sentence, clause_end):
            return None
        rewritten += sent_to
        if _SHARED_VERB_LATER.search(sentence, clause_end) or _DOER_PARTICIPLE.search(
            sentence, clause_end
        ):
            return None
        return subject_start, clause_end, _in_sentence_case(sentence, subject_start, rewritten)
    return None


# "Nobody checked the backups" says that the backups were not checked: "The backups were not
# checked." An act with no thing done to ("nobody cared"), one whose thing is a person or a
# clause ("nobody told me", "no one noticed that …") or whose passive accuses by itself ("was
# not read", "was not followed") gets none.
_NOBODY = compiled_on_use(r"(?:nobody|no\s+one|no-one|noone)\s+(?P<had>had\s+)?", re.IGNORECASE)
_NOBODY_VERB = compiled_on_use(
    rf"(?:(?:{_ADVERB})\s+)?(?P<past>turned\s+off|switched\s+off|backed\s+up|shut\s+down|"
    r"[a-z]{3,}ed|paid|saw|caught|wrote|took|made|set|put|shut|ran|kept|sent|told|did|read|"
    r"followed|heeded|acknowledged|escalated)\s+",
    re.IGNORECASE,
)
_NOBODY_OBJECT_ENDS = compiled_on_use(
    r"\s*(?:[.,;:!?)]|$|(?:before|after|in|on|at|for|until|when|because|since|during|so|which|"
    r"again|yet|properly|either)\b)",
    re.IGNORECASE,
)
_NOBODY_PARTICIPLES = {
    "saw": "seen", "wrote": "written", "took": "taken", "ran": "run", "did": "done",
}  # fmt: skip
_NOBODY_NO_PASSIVE = frozenset(
    {"read", "followed", "heeded", "acknowledged", "escalated", "cared", "bothered", "tried",
     "wanted", "needed", "seemed", "appeared", "noticed", "realised", "realized", "wondered",
     "expected", "believed", "assumed", "answered", "responded", "replied", "reacted",
     "objected", "complained", "asked", "volunteered", "stepped", "showed", "turned", "told"}
)  # fmt: skip


def _nobody_rewrite(
    sentence: str, subject_start: int, nobody: re.Match[str], end: int
) -> tuple[int, int, str] | None:
    """The negated passive of "nobody <did> <thing>", or None."""
    verb = _NOBODY_VERB.match(sentence, nobody.end())
    if verb is None:
        return None
    past = " ".join(verb["past"].lower().split())
    if past in _NOBODY_NO_PASSIVE:
        return None
    found = _OBJECT.match(sentence, verb.end())
    if found is None:
        return None
    words = found["object"].split()
    first, last = words[0].lower(), words[-1].lower()
    if (
        first in _PERSON_WORDS
        or first in {"that", "whether", "if", "what", "how", "why", "to", "a", "an"}
        or last.endswith(("’s", "'s", "ing"))
        or _DETERMINER.fullmatch(words[-1])
    ):
        return None  # "nobody told me", "no one noticed that …", "nobody paid a visit"
    if (
        found.end() < end
        or _BAD_REST.match(sentence, found.end())
        or not _NOBODY_OBJECT_ENDS.match(sentence, found.end())
    ):
        return None  # the object goes on where it could not be read: "bill—our domain"
    if _SHARED_VERB_LATER.search(sentence, found.end()) or _DOER_PARTICIPLE.search(
        sentence, found.end()
    ):
        return None
    head, _, particle = past.partition(" ")
    participle = _NOBODY_PARTICIPLES.get(head, head)
    subject, plural = _as_subject(found["object"], found["object"].split(" of ")[0].split()[-1])
    be = "had not been" if nobody["had"] else "were not" if plural else "was not"
    rewritten = f"{subject} {be} {participle}" + (f" {particle}" if particle else "")
    return subject_start, found.end(), _in_sentence_case(sentence, subject_start, rewritten)


# "Bob should have checked the config" says, with hindsight, that the config was not checked:
# the rewrite says what happened and drops the judgement ("The config was not checked").
_MODAL_PERFECT = compiled_on_use(
    r"(?:should|could|ought\s+to)(?P<negation>\s+not|n['’]t|\s+never)?"
    rf"(?:\s+{_ADVERB})?\s+have\s+(?:{_ADVERB}\s+)?(?P<participle>[a-z]+)"
    r"(?P<particle>\s+(?:back|up|down|out|off|over))?\s+",
    re.IGNORECASE,
)
# Words after the participle that make no thing to turn into a subject ("made clear").
_NOT_A_THING = frozenset({"more", "less", "clear", "sure", "certain", "better", "worse", "much"})
_TIMING = compiled_on_use(
    r"\s+(?:first|sooner|earlier|faster|quicker|later|in\s+time|immediately|right\s+away|"
    r"at\s+once|straight\s+away)",
    re.IGNORECASE,
)
_PARTICIPLES = frozenset(_IRREGULAR_PAST.values()) | frozenset(_IRREGULAR_BASE.values())


def counterfactual_rewrite(sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    """ "<object> was (not) <participle>" for a person's "should have <participle> <object>"."""
    _opener, subject_start = _subject_start(sentence, start)
    for subject in _subjects(sentence, subject_start, start):
        modal = _MODAL_PERFECT.match(sentence, subject.end() + 1)
        if modal is None or start <= subject.end():
            continue
        participle = modal["participle"].lower()
        if not (participle.endswith("ed") or participle in _PARTICIPLES):
            return None
        if participle in {"been", "needed", "wanted", "liked", "used", "seemed", "appeared"}:
            return None
        found = _OBJECT.match(sentence, modal.end())
        if found is None or found.end() < end:
            continue
        words = found["object"].split()
        first = words[0].lower()
        if first in _PERSON_WORDS or first in _NOT_A_THING or _DETERMINER.fullmatch(words[-1]):
            return None
        if participle.startswith(tuple(_NO_PASSIVE)) or participle in _REWORDED:
            return None  # "was not escalated", "was missed": accusing passives themselves
        if _BAD_REST.match(sentence, found.end()) or _SHARED_VERB_LATER.search(
            sentence, found.end()
        ):
            return None
        if _TIMING.match(sentence, found.end()):
            return None  # "restarted the consumers first": it was done, only later
        thing, plural = _as_subject(found["object"])
        particle = (modal["particle"] or "").strip().lower()
        done = " ".join(w for w in [participle, particle] if w)
        negation = "" if modal["negation"] else "not "
        rewritten = f"{thing} {'were' if plural else 'was'} {negation}{done}"
        return subject_start, found.end(), _in_sentence_case(sentence, subject_start, rewritten)
    return None


# An accident report's cause named as a person's failure: "Probable cause: The pilot's
# failure to replace the left fuel cap following the preflight inspection, which resulted in
# …" becomes "The left fuel cap was not replaced following the preflight inspection, …". Only
# where the phrase stands alone as the cause (at the start, or after a label and a colon,
# and before a comma or the end): as the subject of a verb it would not read as a clause.
_FAILURE_TO = compiled_on_use(
    r"(?P<doer>(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+failure\s+to"
    r"|failure\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+to)\s+"
    rf"(?:{_ADVERB}\s+|adequately\s+|effectively\s+)?(?P<base>[a-z]+)"
    r"(?P<particle>\s+(?:back|up|down|out|off|on))?\s+",
    re.IGNORECASE,
)
_CAUSE_VERBS = frozenset({"caused", "led", "resulted", "contributed", "triggered", "meant"})
# After the object: a comma or the end, or a phrase of time or place that stays with it.
_CAUSE_GOES_ON = compiled_on_use(
    r"\s*(?:[,.;]|$|(?:following|during|before|after|while|in|on|at)\b)"
)
_UP_TO_PUNCTUATION = compiled_on_use(r"[^,.;]*")
_CAUSE_VERB_AFTER = compiled_on_use(r"\s*(?:led|caused|was|were|resulted|contributed)\b")
_CAUSE_LABEL = compiled_on_use(r"\s*(?:[\w ]{0,40}:\s*)?")


def failure_to_rewrite(sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    """ "<object> was not <participle>" for "the pilot's failure to <verb> <object>"."""
    label = _CAUSE_LABEL.match(sentence)
    begin = label.end() if label else 0
    found = _FAILURE_TO.match(sentence, begin)
    if found is None or not (found.start() <= start < found.end()):
        return None
    base = found["base"].lower()
    participle = None if base in _NO_PASSIVE else _participle_of_base(base)
    thing = _OBJECT.match(sentence, found.end())
    if participle is None or thing is None:
        return None
    if not _CAUSE_GOES_ON.match(sentence, thing.end()):
        return None
    rest = _UP_TO_PUNCTUATION.match(sentence, thing.end())
    clause_end = rest.end() if rest else thing.end()
    if _CAUSE_VERB_AFTER.match(sentence, clause_end):
        return None  # the subject of a verb: "the failure of the crew to respond … led to"
    words = thing["object"].split()
    if words[0].lower() in _PERSON_WORDS or _DETERMINER.fullmatch(words[-1]):
        return None
    if _CAUSE_VERBS.intersection(word.lower() for word in words):
        return None  # "failure to brief the approach caused the accident": a subject
    subject = _POSSESSIVES.sub("the", thing["object"])
    be = "were" if _plural(words[-1].lower()) else "was"
    particle = (found["particle"] or "").strip().lower()
    done = " ".join(w for w in [participle, particle] if w)
    rewritten = f"{subject} {be} not {done}"
    upper = found["doer"][:1].isupper() and not found["doer"].isupper()
    if found["doer"].isupper():
        rewritten = rewritten.upper()
    elif upper:
        rewritten = _capitalised(rewritten)
    return found.start(), thing.end(), rewritten


# Verbs that send a thing somewhere: their "to …" says where, not which thing.
_TRANSFERS = frozenset(
    {"sent", "moved", "pushed", "deployed", "applied", "wired", "merged", "committed",
     "released", "copied", "posted", "entered", "typed", "administered", "changed", "set",
     "emailed", "e-mailed", "mailed", "forwarded", "faxed", "leaked", "published",
     "uploaded", "disclosed", "printed", "emailed out", "e-mailed out", "mailed out",
     "sent out"}
)  # fmt: skip
# The same acts left undone: "did not add the new host to the allow list".
_TRANSFER_BASES = frozenset(
    {"send", "move", "push", "deploy", "apply", "wire", "merge", "commit", "release", "copy",
     "post", "enter", "type", "administer", "change", "set", "add", "forward", "upload"}
)  # fmt: skip
# With an article or a number: "to unblock the deploy" is a purpose, not where it went.
_DESTINATION = compiled_on_use(
    rf"\s+to\s+{_DETERMINERS}\s+{_NP_WORD}(?:\s+{_NP_WORD}){{0,3}}", re.IGNORECASE
)
# Nouns in -ing that can end an object; any other -ing word is a participle going on ("our
# fiber feeding about 10% of our customer base").
_ING_NOUNS = frozenset(
    {"building", "wiring", "setting", "routing", "logging", "billing", "meeting", "listing",
     "booking", "recording", "warning", "posting", "filing", "ceiling", "thing", "string",
     "ring", "spring", "nothing", "something", "anything", "everything", "landing", "ping",
     "mapping", "heading", "opening", "training", "housing", "tubing", "piping", "flooring"}
)  # fmt: skip
# After an object's last word in -ing, what shows it to be a participle with an object of its
# own ("our fiber feeding about 10% of our customers"), not a noun ("code formatting in …").
_GOES_ON = compiled_on_use(
    r"\s+(?:the|a|an|about|around|over|into|from|up|out|down|through|some|all|\d)",
    re.IGNORECASE,
)
# Verbs whose "of" phrase is their own ("notify the Authority of the breaches").
_TELL_OF = frozenset(
    {"notify", "notified", "inform", "informed", "warn", "warned", "advise", "advised",
     "remind", "reminded", "tell", "told", "accuse", "accused", "rob", "robbed", "deprive",
     "deprived", "clear", "cleared", "convince", "convinced"}
)  # fmt: skip
_QUANTIFIERS = frozenset(
    {"most", "some", "all", "many", "several", "few", "half", "lots", "majority", "rest",
     "remainder", "none", "any", "both", "much", "part", "parts", "thousands", "hundreds",
     "dozens", "millions"}
)  # fmt: skip
# A capitalised word, then "and" or "or" right before the subject: the subject may be the
# end of a longer name ("near Durbin Avenue and Collins Drive inadvertently struck …").
_AFTER_AND = compiled_on_use(r"\b[A-Z][\w’'-]*\s+(?:and|or)\s+$")
# Words that cannot end an object: a participle that goes on ("medication belonging to …")
# or an adjective before a comma ("our live, production database").
_NOT_A_HEAD = frozenset(
    {"belonging", "leading", "resulting", "causing", "containing", "affecting", "pointing",
     "serving", "holding", "carrying", "connecting", "coming", "going", "running", "using",
     "live", "old", "new", "main", "whole", "entire", "primary", "shared", "public",
     "private", "local", "remote", "own"}
)  # fmt: skip


def _subject_start(sentence: str, start: int) -> tuple[int, int]:
    """Where the clause holding ``start`` begins, and where its subject does (after a time
    word or an interjection, which stay)."""
    opener = _clause_start(sentence, start)
    lead = _LEAD.match(sentence, opener)
    return opener, lead.end() if lead else opener


def _in_sentence_case(sentence: str, subject_start: int, rewritten: str) -> str:
    """The rewrite capitalised where the subject it replaces opened the sentence or had a
    capital of its own ("Root cause: A junior developer …"), but not for "I"."""
    starts_sentence = not sentence[:subject_start].strip(" \"“'‘")
    opening = _CAPITALISED_OPENING.match(sentence, subject_start)
    if starts_sentence or (opening is not None and opening[0] != "I"):
        return _capitalised(rewritten)
    return rewritten


def _as_subject(phrase: str, head: str | None = None) -> tuple[str, bool]:
    """An object as the subject of a passive, and whether it is plural: "them" becomes
    "they", a possessive that points at the person becomes "the"."""
    words = phrase.split()
    first = words[0].lower()
    if first in _OBJECT_PRONOUNS and len(words) == 1:
        subject = _OBJECT_PRONOUNS[first]
        return subject, subject == "they"
    return _POSSESSIVES.sub("the", phrase), _plural((head or words[-1]).lower())


def _clause_start(sentence: str, start: int) -> int:
    """Where the clause holding ``start`` begins: after the last opener before it."""
    begin = 0
    for opener in _CLAUSE_OPENER.finditer(sentence, 0, start):
        if "(" in opener[0] and ")" in sentence[opener.end() : start]:
            continue  # an aside that closed before the cue: "someone (we won't name names)"
        begin = opener.end()
    return begin


def _place_before(sentence: str, opener: int) -> bool:
    """Whether the clause seems to start after the comma inside a name ("Carrollton,
    Missouri"): a capitalised word before the comma and after it."""
    before = sentence[:opener].rstrip()
    if not before.endswith(","):
        return False
    words = before[:-1].split()
    after = sentence[opener:].split(None, 1)[:1]
    return (
        len(words) > 1  # "Yes, I deleted …": the first word is no place
        and words[-1][:1].isupper()
        and bool(after)
        and after[0][:1].isupper()
        and not _CAPITALISED_OPENING.fullmatch(after[0])
    )


def _subjects(sentence: str, begin: int, cue: int) -> list[re.Match[str]]:
    """The subjects starting at ``begin`` that end before the cue, longest first."""
    found = _SUBJECT.match(sentence, begin, cue)
    if found is None:
        return []
    matches = [found]
    # A shorter subject when the longest one ate the adverb: "Paladox accidentally".
    words = list(re.finditer(r"\S+", sentence[found.start() : found.end()]))
    for word in reversed(words[1:]):
        shorter = _SUBJECT.fullmatch(sentence, begin, found.start() + word.start() - 1)
        if shorter is not None:
            matches.append(shorter)
    return matches


def _passive(verb: re.Match[str], phrase: str, head: str | None = None) -> str | None:
    """ "<object> was/were (not) <participle>", or None for an object that is no thing; the
    number comes from ``head`` when the phrase goes on past its noun ("cables to the server")."""
    words = phrase.split()
    first = words[0].lower()
    if first in _PERSON_WORDS or (len(words) == 1 and first in {"that", "these"}):
        return None
    if _DETERMINER.fullmatch(words[-1]):
        return None  # only a determiner: "failed to specify the on/off control"
    subject, plural = _as_subject(phrase, head)
    be = "had been" if verb["had"] else "were" if plural else "was"
    if verb["omit"]:
        base = verb["base"].lower()
        participle = (
            None if base.endswith("ing") or base in _NO_PASSIVE else _participle_of_base(base)
        )
        if participle is None:
            return None
        manner = (verb["manner"] or "").strip().lower()
        return f"{subject} {be} not {manner + ' ' if manner else ''}{participle}"
    past = " ".join(verb["past"].lower().split())
    head, _, particle = past.partition(" ")
    reworded = _REWORDED.get(past)
    if reworded is not None:
        return f"{subject} {be} {reworded}"
    participle = _IRREGULAR_PAST.get(head, head)
    return f"{subject} {be} {participle}" + (f" {particle}" if particle else "")


def _participle_of_base(base: str) -> str | None:
    if base in _IRREGULAR_BASE:
        return _IRREGULAR_BASE[base]
    if not base.isalpha() or base in {"be", "have", "go", "come", "know", "care", "bother"}:
        return None  # intransitive or about knowing: "did not notice" has no thing to turn
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    if base in _DOUBLING or _ONE_SYLLABLE_CVC.fullmatch(base):
        return base + base[-1] + "ed"
    return base + "ed"


def _plural(head: str) -> bool:
    return head.endswith("s") and not head.endswith(_SINGULAR_S)


def _capitalised(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[0].upper() + text[1:] if first.isalpha() else text


# --------------------------------------------------------------------------- German
# One shape: a perfect or pluperfect main clause whose object stands right before the
# participle at its end. "Ein Baggerfahrer hat gestern eine Oberleitung der Bahn gekappt."
# becomes "Eine Oberleitung der Bahn wurde gestern gekappt."; "Bei Ausschachtungsarbeiten
# hatte ein Baggerfahrer die Leitung durchtrennt." becomes "Bei Ausschachtungsarbeiten war
# die Leitung durchtrennt worden." The object's number must be clear from its article or
# ending, else there is no rewrite.

_DE_NOUN = r"[A-ZÄÖÜ][\w-]*"
_DE_LOWER = r"[a-zäöüß][\w-]*"
_DE_GENITIVE = rf"(?:\s+(?:der|des|einer|eines)\s+(?:{_DE_LOWER}\s+){{0,2}}{_DE_NOUN})"
_DE_SUBJECT = (
    r"(?:(?i:ein|eine|der|die|das|dieser|diese|jener|unser|unsere)\s+"
    rf"(?:{_DE_LOWER}\s+){{0,2}}{_DE_NOUN}{_DE_GENITIVE}?|(?i:er|sie|jemand|man))"
)
_DE_OBJECT = (
    r"(?:(?P<det>den|die|das|einen|eine|ein|keinen|keine|kein|zwei|drei|vier|fünf|mehrere|"
    rf"alle|beide|sämtliche)\s+(?P<adjectives>(?:{_DE_LOWER}\s+){{0,3}})"
    # No article: a plural with adjectives in -e ("wichtige Leitungen").
    # (Not an article, nor an adverb in -weise: "irrtümlicherweise die Adressdaten".)
    r"|(?P<bare>(?:(?!(?:die|eine|keine|alle|beide|diese|jene|welche|seine|ihre|unsere|meine|"
    r"deine|eure|[a-zäöüß]+weise)\s)"
    r"[a-zäöüß][\w-]*e\s+){1,3}))"
    rf"(?P<noun>{_DE_NOUN})"
    rf"(?P<genitive>{_DE_GENITIVE}?)"
)
# Phrases of place or time after the object: "… ein wichtiges Glasfaserkabel in etwa zwei
# Metern Tiefe beschädigt", "… das Backup vor dem Update prüfen müssen". Not "mit", "für",
# "zum": those as often belong to the noun ("das Fahrwerk des Leichtfliegers mit dem
# Kennzeichen D-EFVI"), and moving them would change what is said.
_DE_PHRASE_AFTER_OBJECT = (
    r"\s+(?:in|im|an|am|auf|bei|beim|unter|über|vor|nach|während|hinter|neben)"
    r"(?:\s+[^,;:.!?\s]+){1,4}?"
)
_DE_AFTER_OBJECT = rf"(?P<after>(?:{_DE_PHRASE_AFTER_OBJECT}){{0,2}})"
_DE_TAIL = (
    # The middle stays in one clause: after "und wir …" another subject's verb follows ("Er
    # hat uns nichts mitgeteilt und wir mussten den ganzen Tag warten").
    rf"(?P<middle>(?:(?:(?!\b(?:und|oder|aber|sondern|denn)\b)[^,;:.!?])*?\s)??)"
    rf"{_DE_OBJECT}{_DE_AFTER_OBJECT}\s+"
    r"(?P<negation>(?:nicht|nie)\s+)?(?P<participle>[a-zäöüß]+(?:t|en))"
    # The clause ends the sentence, or a clause about what followed comes after its comma:
    # "…, so dass die Telekom anrücken musste".
    r"(?=\s*(?:[.;!]|$)|,\s+(?:so\s+dass|sodass|so\s+daß|weshalb|wodurch|woraufhin|worauf|"
    r"was|weil|nachdem|obwohl|bevor|wobei)\b)"
)
_DE_SUBJECT_FIRST = compiled_on_use(
    rf"(?P<subject>{_DE_SUBJECT}|(?i:der|die))\s+(?P<aux>hat|hatte|haben|hatten)\s+{_DE_TAIL}"
)
_DE_FRONTED = compiled_on_use(
    rf"(?P<front>[^,;:.!?]{{3,80}}?)\s+(?P<aux>hat|hatte|haben|hatten)\s+"
    rf"(?P<before>(?:[^,;:.!?]*?\s)??)(?P<subject>{_DE_SUBJECT})\s+{_DE_TAIL}"
)
# Where a main clause may begin: after a sentence mark, a colon or a semicolon, and after a
# comma ("…, der Baggerfahrer hatte die Leitung nicht gesehen."); a relative clause after a
# comma has its verb last, which no rewrite shape takes.
_DE_CLAUSE_START = compiled_on_use(r"(?:^|[:;,]\s+|[.!?]\s+)")
# Nominative of the accusative articles that differ (masculine), with the adjective ending
# they take: "einen erheblichen Schaden" -> "ein erheblicher Schaden".
_DE_NOMINATIVE = {"den": ("der", "e"), "einen": ("ein", "er"), "keinen": ("kein", "er")}
_DE_PLURAL_DETERMINERS = frozenset(
    {"zwei", "drei", "vier", "fünf", "mehrere", "alle", "beide", "sämtliche"}
)
_DE_SINGULAR_ENDINGS = (
    "e", "ung", "heit", "keit", "ion", "tät", "schaft", "ik", "ur", "ei", "in", "bank",
)  # fmt: skip
_DE_PLURAL_ENDINGS = ("en", "ern", "eln", "nen", "s")
# Words after which the next words are no object of their own.
_DE_NOT_BEFORE = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
     "eines", "mit", "von", "bei", "an", "in", "auf", "aus", "zu", "zum", "zur", "beim", "im",
     "am", "vom", "für", "über", "unter", "nach", "vor", "durch", "gegen", "ohne", "um"}
)  # fmt: skip
# Adverbs that make the act a person's slip; the rewrite leaves them out, as in English.
_DE_JUDGING = frozenset(
    {"versehentlich", "fälschlicherweise", "irrtümlich", "unabsichtlich", "unbeabsichtigt",
     "irrtümlicherweise", "irrtuemlich", "irrtuemlicherweise", "faelschlicherweise",
     "leichtsinnig", "fahrlässig", "einfach", "schlicht"}
)  # fmt: skip
_DE_AUS_VERSEHEN = compiled_on_use(r"\b(?:aus Versehen|durch Unachtsamkeit)\b", re.IGNORECASE)
# A participle that is no participle of a thing done to an object.
_DE_NOT_PARTICIPLES = frozenset({"gehabt", "gewesen", "geworden", "bekommen", "gesagt"})


# Who did it in a German passive or participle: "durch einen Baggerfahrer", "von der
# Brückenbesatzung", "seitens der Klinik", "von einem Vermesser" (before "angebohrte").
_GERMAN_DOER = compiled_on_use(
    r"\b(?:von|durch|seitens)(?:\s+Seiten)?\s+(?!(?:wem|wen|wer)\b)(?:(?:einem|einer|einen|dem|der|"
    r"den|des|ein|eine|zwei|drei|mehreren|einigen)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?-i:[A-ZÄÖÜ])[\w-]*|ihm|ihr|ihnen)\s+",
    re.IGNORECASE,
)
_GERMAN_JOINS = compiled_on_use(r"\b(?:und|oder|aber|sondern|doch)\b", re.IGNORECASE)
_GERMAN_PARTICIPLE_END = compiled_on_use(r"\w(?:t|en|te|ten|tes|ter|tem)$")
_GERMAN_PASSIVE_AUX = compiled_on_use(
    r"\b(?:wurde|wurden|war|waren|worden|ist|sind)\b", re.IGNORECASE
)


# Participles of verbs that have no passive: a "von" phrase before them names no doer.
_DE_NOT_PASSIVE = frozenset({"passiert", "unterlaufen", "geschehen", "gekommen", "gewesen"})


def _german_passive_doer(sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The German passive or participle without its doer: "Das Kabel wurde gestern durch einen
    Baggerfahrer zerstört." -> "… wurde gestern zerstört.", "Das von einem Vermesser angebohrte
    Telekom-Kabel" -> "Das angebohrte Telekom-Kabel"; None without such a doer."""
    if sentence[start:end].lower() in _DE_NOT_PASSIVE:
        return None  # "ist der Stadtverwaltung … von Quarantäneanordnungen passiert": no doer
    if sentence[start:end].lower().rsplit(None, 1)[-1] in _DE_PAST_REWORDED:
        return None  # "Dies wurde … versäumt" still judges the act once its doer is gone
    window = max(0, start - 90)
    for doer in _GERMAN_DOER.finditer(sentence, window, end):
        if doer.start() > start:
            break
        if doer.start() != start and doer.end() > start:
            continue  # the finding starts inside the phrase: "durch den Verteilerkasten führenden"
        between = sentence[doer.end() : start]
        if "," in between or len(between.split()) > 6 or _GERMAN_JOINS.search(between):
            continue  # "wurde er durch die Sonne geblendet und übersah …": another clause
        if not _GERMAN_PARTICIPLE_END.search(sentence, start, end):
            continue  # the finding is no participle of that passive
        # Before the finding, the doer belongs to a passive whose auxiliary stands before it
        # ("wurde … durch einen …"); a finding may also begin with it ("von einem Vermesser
        # angebohrte").
        in_passive = _GERMAN_PASSIVE_AUX.search(sentence, window, doer.start()) is not None
        if doer.start() < start and not in_passive:
            continue
        return doer.start(), end, sentence[doer.end() : end]
    return None


def _german_clause_rewrite(sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    rewritten = _german_clause_rewrite_any(sentence, start, end)
    if rewritten is not None and _DE_REFLEXIVE.search(rewritten[2]):
        return None  # a reflexive verb has no passive: "hat sich einen Patzer erlaubt"
    if rewritten is None or not sentence[: rewritten[0]].rstrip().endswith(","):
        return rewritten
    # A main clause after a comma keeps its article in lower case: "…, die Leitung war …".
    begin, finish, text = rewritten
    first, _, rest = text.partition(" ")
    if first.lower() in _DE_ARTICLES:
        text = f"{first.lower()} {rest}"
    return begin, finish, text


# A pronoun after the rewritten clause that may point back at the doer it leaves out.
_DE_PERSON_LATER = compiled_on_use(
    r"\b(?:er|sie|ihm|ihn|ihr|ihnen|sein|seine|seinen|seinem|seiner|seines|ihre|ihren|ihrem|"
    r"ihrer|ihres)\b",
    re.IGNORECASE,
)
_DE_REFLEXIVE = compiled_on_use(r"\bsich\b", re.IGNORECASE)
_DE_ARTICLES = frozenset(
    {"der", "die", "das", "ein", "eine", "einen", "kein", "keine", "alle", "beide", "mehrere"}
)


# An infinitive with "zu" inside its particle ("mitzuteilen", "abzuschalten") is no participle.
_DE_ZU_INFINITIVE = compiled_on_use(
    r"(?:ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|weg|zurück|zusammen|durch|um|"
    r"wieder|frei|heraus|hoch|runter|rein|raus)zu[a-zäöüß]+en"
)


def _german_clause_rewrite_any(sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    clause = _german_clause_begin(sentence, start)
    omission = _german_omission(sentence, clause, start, end)
    if omission is not None:
        return omission
    preterite = _german_preterite(sentence, clause, start, end)
    if preterite is not None:
        return preterite
    found = _DE_SUBJECT_FIRST.match(sentence, clause) or _DE_FRONTED.match(sentence, clause)
    if found is None or not (found.start() <= start and end <= found.end()):
        return None
    if "front" in found.re.groupindex and found["front"].split()[0].lower() in _DE_ARTICLES:
        # A noun phrase in front is the subject, and the "subject" after the verb a dative:
        # "Die Steuerverwaltung des Kantons Baselland hat der Mehrheit der Steuerpflichtigen
        # … verschickt."
        return None
    if _DE_PERSON_LATER.search(sentence, found.end()):
        return None  # "…, als er bei den Nachbarn …": the person left out comes back later
    if found["participle"] in _DE_NOT_PARTICIPLES or _DE_ZU_INFINITIVE.fullmatch(
        found["participle"]
    ):
        return None
    if any(word.lower() in _DE_PAST_REWORDED for word in found["middle"].split()):
        return None  # "hat … vergessen den Schülern mitzuteilen": the act is the one in the middle
    if found["middle"].split()[-1:] and found["middle"].split()[-1].lower() in _DE_NOT_BEFORE:
        return None  # the "object" ends a phrase: "mit dem Bagger", "das falsche Rohr"
    plural = _german_plural(found["det"], found["noun"], found["adjectives"] or "")
    if plural is None:
        return None
    aux, worden = _german_passive(found["aux"], plural)
    # "hat das Backup nicht geprüft" -> "Das Backup wurde nicht geprüft"; "hatte den
    # Rauchmelder übersehen" -> "Der Rauchmelder war nicht bemerkt worden".
    participle = found["participle"]
    if participle in _DE_PAST_REWORDED:
        reworded = _DE_PAST_REWORDED[participle]
        if reworded is None or found["negation"]:
            return None
        participle = reworded
    negation = (found["negation"] or "").strip()
    done = " ".join(w for w in (negation, participle + worden) if w)
    thing = _german_nominative(found)
    after = _german_impersonal(" ".join(found["after"].split())) if found["after"] else ""
    middle = " ".join(
        w
        for w in _DE_AUS_VERSEHEN.sub(" ", found["middle"]).split()
        if w.lower() not in _DE_JUDGING
    )
    if "front" in found.re.groupindex:
        before = " ".join(found["before"].split())
        words = [found["front"], aux, before, middle, thing, after, done]
    else:
        words = [_upper_first(thing), aux, middle, after, done]
    return found.start(), found.end(), " ".join(word for word in words if word)


def _german_clause_begin(sentence: str, start: int) -> int:
    """Where the main clause holding ``start`` begins: after a sentence end, colon or
    semicolon."""
    begin = 0
    for opener in _DE_CLAUSE_START.finditer(sentence, 0, start):
        begin = opener.end()
    return begin


def _german_plural(determiner: str | None, noun: str, adjectives: str = "") -> bool | None:
    """Whether the object is plural, or None when its article and ending leave it open."""
    if determiner is None or determiner in _DE_PLURAL_DETERMINERS:
        return True
    if determiner not in {"die", "keine"}:
        return False
    if adjectives:
        # "die einzelnen Stromkreise" is plural, "die defekte Leitung" singular.
        return adjectives.split()[-1].endswith("en")
    low = noun.lower()
    if low.endswith(_DE_PLURAL_ENDINGS) and not low.endswith("in"):
        return True
    if low.endswith(_DE_SINGULAR_ENDINGS):
        return False
    return None  # "die Kabel" (plural) or "die Regel" (singular)


def _german_nominative(found: re.Match[str]) -> str:
    determiner = found["det"] or ""
    adjectives = (found["adjectives"] or found["bare"] or "").split()
    if determiner in _DE_NOMINATIVE:
        determiner, ending = _DE_NOMINATIVE[determiner]
        adjectives = [a[:-2] + ending if a.endswith("en") else a for a in adjectives]
    return " ".join(w for w in [determiner, *adjectives, found["noun"]] if w) + found["genitive"]


# A second shape: someone forgot or failed to do something to a thing. "Der Fahrer hatte
# vergessen, die Greifzange am Anhänger einzufahren." becomes "Die Greifzange war nicht am
# Anhänger eingefahren worden."; "Der Gynäkologe hat es versäumt, ein Bauchtuch … zu …".
_DE_OMISSION = compiled_on_use(
    rf"(?P<subject>{_DE_SUBJECT}|(?i:der|die))\s+"
    r"(?:(?P<aux>hat|hatte|haben|hatten)\s+(?:es\s+)?(?:[a-zäöüß]+\s+){0,2}?(?:vergessen|versäumt)"
    r"|(?P<past>vergaß|vergaßen|versäumte|versäumten)(?:\s+es)?(?:\s+[a-zäöüß]+){0,2}?),?\s+"
    rf"{_DE_OBJECT}(?P<rest>(?:\s+[^,;:.!?\s]+){{0,4}}?)\s+"
    r"(?:zu\s+(?P<verb>[a-zäöüß]{3,})|(?P<prefix>ab|an|auf|aus|bei|ein|fest|her|heraus|herein|"
    r"hin|hinaus|mit|nach|vor|weg|zurück|zusammen|um|durch|los|frei|wieder|zu)zu"
    r"(?P<separable>[a-zäöüß]{3,}))(?=\s*(?:[.;!]|$))"
)
# The same with a phrase in front and the subject after the verb: "Dabei vergaß er jedoch,
# die Herdplatte auszuschalten." becomes "Dabei wurde die Herdplatte jedoch nicht
# ausgeschaltet."
_DE_OMISSION_FRONTED = compiled_on_use(
    r"(?P<front>[A-ZÄÖÜ][^,;:.!?]{1,40}?)\s+(?P<past>vergaß|vergaßen|versäumte|versäumten)\s+"
    rf"(?P<subject>{_DE_SUBJECT})(?:\s+(?P<adverb>jedoch|aber|allerdings|dann|leider|wohl|offenbar))?"
    rf"(?:\s+es)?,?\s+{_DE_OBJECT}\s+"
    r"(?:zu\s+(?P<verb>[a-zäöüß]{3,})|(?P<prefix>ab|an|auf|aus|bei|ein|fest|her|heraus|herein|"
    r"hin|hinaus|mit|nach|vor|weg|zurück|zusammen|um|durch|los|frei|wieder|zu)zu"
    r"(?P<separable>[a-zäöüß]{3,}))(?=\s*(?:[.;!]|$))"
)
# An omission in the simple past with "nicht" last: "Der Fahrer bemerkte den gerissenen
# Hydraulikschlauch nicht" becomes "Der gerissene Hydraulikschlauch wurde nicht bemerkt".
_DE_PAST_NOT_SEEN = {
    "bemerkte": "bemerkt", "bemerkten": "bemerkt", "sah": "gesehen", "sahen": "gesehen",
    "prüfte": "geprüft", "prüften": "geprüft", "kontrollierte": "kontrolliert",
    "kontrollierten": "kontrolliert", "testete": "getestet", "testeten": "getestet",
    "erkannte": "erkannt", "erkannten": "erkannt",
}  # fmt: skip
_DE_PAST_NOT = compiled_on_use(
    rf"(?P<subject>{_DE_SUBJECT})\s+(?P<past>{'|'.join(_DE_PAST_NOT_SEEN)})\s+{_DE_OBJECT}"
    r"\s+nicht(?=\s*(?:[.;!]|$))"
)
_DE_INSEPARABLE = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "über", "unter", "hinter")
# Strong and mixed verbs: the participle without "ge-".
_DE_STRONG = {
    "fahren": "fahren", "halten": "halten", "tragen": "tragen", "nehmen": "nommen",
    "geben": "geben", "schließen": "schlossen", "ziehen": "zogen", "lassen": "lassen",
    "sehen": "sehen", "lesen": "lesen", "schreiben": "schrieben", "bringen": "bracht",
    "denken": "dacht", "werfen": "worfen", "helfen": "holfen", "treffen": "troffen",
    "sprechen": "sprochen", "finden": "funden", "binden": "bunden", "laden": "laden",
    "graben": "graben", "schneiden": "schnitten", "streichen": "strichen", "greifen": "griffen",
    "heben": "hoben", "rufen": "rufen", "fallen": "fallen", "stoßen": "stoßen",
    "tun": "tan", "wenden": "wandt", "senden": "sandt", "nennen": "nannt",
    "kennen": "kannt", "brennen": "brannt", "messen": "messen", "vergessen": "vergessen",
}  # fmt: skip


def _german_omission(
    sentence: str, clause: int, start: int, end: int
) -> tuple[int, int, str] | None:
    found = _DE_OMISSION.match(sentence, clause)
    if found is None or not (found.start() <= start and end <= found.end()):
        return _german_fronted_omission(sentence, clause, start, end) or _german_past_not(
            sentence, clause, start, end
        )
    plural = _german_plural(found["det"], found["noun"], found["adjectives"] or "")
    if plural is None:
        return None
    verb = found["verb"] or found["separable"]
    participle = _german_participle(verb)
    if participle is None:
        return None
    if found["prefix"]:
        participle = found["prefix"] + participle
    aux, worden = _german_passive(found["aux"], plural)
    rest = " ".join(w for w in found["rest"].split() if w.lower() not in _DE_JUDGING)
    thing = _upper_first(_german_nominative(found))
    # A phrase with a preposition goes before "nicht" ("wurde vor dem Nähen nicht
    # herausgeholt"), an adverb of manner after it ("war nicht verdeckt eingetragen worden").
    if rest.split(" ", 1)[0].lower() in _DE_NOT_BEFORE:
        words = [thing, aux, rest, "nicht", participle + worden]
    else:
        words = [thing, aux, "nicht", rest, participle + worden]
    return found.start(), found.end(), " ".join(word for word in words if word)


def _german_shape(
    shape: re.Pattern[str], sentence: str, clause: int, start: int, end: int
) -> tuple[re.Match[str], bool] | None:
    """The clause from ``clause`` in ``shape`` around the finding at ``start``-``end``, and
    whether its object is plural; None when it has another shape or an unclear number."""
    found = shape.match(sentence, clause)
    if found is None or not (found.start() <= start and end <= found.end()):
        return None
    plural = _german_plural(found["det"], found["noun"], found["adjectives"] or "")
    return None if plural is None else (found, plural)


def _german_past_not(
    sentence: str, clause: int, start: int, end: int
) -> tuple[int, int, str] | None:
    matched = _german_shape(_DE_PAST_NOT, sentence, clause, start, end)
    if matched is None:
        return None
    found, plural = matched
    aux, _ = _german_passive(None, plural)
    thing = _upper_first(_german_nominative(found))
    participle = _DE_PAST_NOT_SEEN[found["past"].lower()]
    return found.start(), found.end(), f"{thing} {aux} nicht {participle}"


def _german_fronted_omission(
    sentence: str, clause: int, start: int, end: int
) -> tuple[int, int, str] | None:
    matched = _german_shape(_DE_OMISSION_FRONTED, sentence, clause, start, end)
    participle = (
        _german_participle(matched[0]["verb"] or matched[0]["separable"]) if matched else None
    )
    if matched is None or participle is None:
        return None
    found, plural = matched
    if found["prefix"]:
        participle = found["prefix"] + participle
    aux, _ = _german_passive(None, plural)
    words = [found["front"], aux, _german_nominative(found), found["adverb"], "nicht", participle]
    return found.start(), found.end(), " ".join(word for word in words if word)


def _german_passive(active_aux: str | None, plural: bool) -> tuple[str, str]:
    """The passive auxiliary for an active "hat"/"hatte" (or a simple past: None), and what
    follows the participle: "hatte … gekappt" -> "war … gekappt worden"."""
    if active_aux is not None and active_aux.startswith("hatte"):
        return ("waren" if plural else "war"), " worden"
    return ("wurden" if plural else "wurde"), ""


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _german_participle(verb: str) -> str | None:
    """The past participle of an infinitive ("erneuern" -> "erneuert", "fahren" ->
    "gefahren"), or None for one this table cannot form."""
    inseparable = verb.startswith(_DE_INSEPARABLE) or verb.endswith("ieren")
    ge = "" if inseparable else "ge"
    if verb in _DE_STRONG:
        return ge + _DE_STRONG[verb]
    if verb.endswith(("ern", "eln")):
        return ge + verb[:-1] + "t"  # "erneuern" -> "erneuert"
    if not verb.endswith("en"):
        return None
    stem = verb[:-2]
    ending = "et" if stem.endswith(("t", "d")) or stem.endswith(("chn", "ffn", "tm", "dm")) else "t"
    return ge + stem + ending


# --------------------------------------------------------------------------- judging adjectives
# A word that judges a person, used before the noun it describes, can simply go: "a clumsy
# contractor with a backhoe" becomes "a contractor with a backhoe", "ein unvorsichtiger
# Baggerführer" becomes "ein Baggerführer". The rewrite takes the article (which may change
# from "an" to "a"), the intensifiers before the word and the noun after it, so that the
# suggestion reads whole ("“an inept lawyer” becomes “a lawyer”"). A word used as a
# predicate ("was careless") or in a list ("stupid and lazy people") gets none.

_INTENSIFIER = compiled_on_use(
    r"(?:very|really|so|pretty|quite|rather|truly|absolutely|downright|utterly|totally|"
    r"completely|extremely|incredibly|monumentally|grossly|wildly|just|plain|"
    r"sehr|höchst|grob|völlig|total|extrem|ziemlich|besonders|unglaublich|echt|so)",
    re.IGNORECASE,
)
_EN_ARTICLE = compiled_on_use(r"(?:a|an|A|An)")
# What after the word shows it is no attribute: a preposition, a conjunction, an adverb.
_EN_NOT_A_NOUN = frozenset(
    {"and", "or", "but", "to", "about", "for", "with", "of", "by", "in", "at", "on", "that",
     "because", "enough", "as", "than", "when", "if", "so", "is", "was", "were", "are", "be",
     "the", "a", "an", "this", "it", "he", "she", "they", "you", "i", "we", "not", "one",
     "ones", "thing", "things", "from", "into", "after", "before", "since", "though", "has",
     "had", "have", "did", "does", "do", "will", "would", "could", "should", "can", "may",
     "might", "must"}
)  # fmt: skip
# A noun that judges ("incompetence", "negligence") is no attribute to drop.
_SLIPS = frozenset(
    {"mistake", "mistakes", "error", "errors", "blunder", "blunders", "slip", "fehler",
     "versehen", "patzer", "fehlgriff"}
)  # fmt: skip
_EN_NOUN_ENDINGS = ("ness", "ence", "ance", "ity", "ment", "ism")
# Before an attribute: a determiner, a possessive, a preposition or the sentence's start;
# never a verb of being or a degree word that makes it a predicate ("was so careless").
_PREDICATE_BEFORE = frozenset(
    {"is", "was", "were", "are", "be", "been", "being", "seems", "seemed", "looks", "looked",
     "too", "how", "as", "and", "or", "nor", "but", "ist", "war", "sind", "waren", "wirkt",
     "zu", "wie", "und", "oder", "sowie", "sei", "wäre", "sehr", "als"}
)  # fmt: skip
# German: an attribute has an inflected ending; a noun follows with its capital. Offences
# keep their legal name ("fahrlässige Körperverletzung" is what a court found).
_DE_ATTRIBUTE = compiled_on_use(r"[a-zäöüß][\w-]*(?:e|en|er|es|em)")
_DE_DETERMINER = compiled_on_use(
    r"(?:d(?:er|ie|as|en|em|es)|(?:k|m|d|s)?ein(?:e|en|em|er|es)?|ihr(?:e|en|em|er|es)?|"
    r"unser(?:e|en|em|er|es)?|euer|eure(?:n|m|r|s)?|dies(?:e|en|em|er|es)|jen(?:e|en|em|er|es)|"
    r"solch(?:e|en|em|er|es)|welch(?:e|en|em|er|es))",
    re.IGNORECASE,
)
_DE_SUPERLATIVE = compiled_on_use(r"[a-zäöüß][\w-]*st(?:e|en|er|es|em)")
_DE_OFFENCES = compiled_on_use(
    r"(?:Tötung|Körperverletzung|Brandstiftung|Eingriff|Gefährdung|Pflichtverletzung)\w*"
)
_ONE_WORD = compiled_on_use(r"[^\W\d_][\w-]*")
_NEXT_WORD = compiled_on_use(r"\s+(?P<noun>[^\W\d_][\w’'-]*)")
# Whose the slip is, right before the judging word: "Alice's careless mistake".
_OWNER_BEFORE = compiled_on_use(r"(?:['’]s|\b(?:his|her|their|seine[mnrs]?|ihre[mnrs]?))\s+\S+$")
# Nouns that only say how ("in fahrlässiger Weise"): without the attribute they say nothing.
_DE_MANNER = frozenset({"Weise", "Art", "Form", "Manier"})


# Attributes that make a slip a person's: "human error", "menschliches Versagen".
_HUMAN_ATTRIBUTES = frozenset({"human", "menschlicher", "menschliches", "menschlichen"})


def judging_adjective_rewrite(
    lang: str, sentence: str, start: int, end: int
) -> tuple[int, int, str] | None:
    """The noun phrase around a judging attribute, without it, or None."""
    word = sentence[start:end]
    if not _ONE_WORD.fullmatch(word):
        return None
    after = _NEXT_WORD.match(sentence, end)
    if after is None:
        return None
    noun = after["noun"]
    if noun.lower() in _SLIPS and _OWNER_BEFORE.search(sentence, 0, end):
        return None  # "Alice's careless mistake": without the word it still blames her
    if lang == "en":
        low = noun.lower()
        if low in _EN_NOT_A_NOUN or low.endswith(("ly", "ing")) or word.endswith(_EN_NOUN_ENDINGS):
            return None  # "incompetence operating", "some scrote having nicked"
    elif lang == "de":
        if not noun[:1].isupper() or not _DE_ATTRIBUTE.fullmatch(word) or noun in _DE_MANNER:
            return None
        if _DE_SUPERLATIVE.fullmatch(word) or _DE_OFFENCES.fullmatch(noun):
            return None
        if word.lower().startswith(("fahrlässig", "grob fahrlässig")):
            return None  # a degree of fault in law: leaving it out changes what was found
    else:
        return None
    words = list(re.finditer(r"\S+", sentence[:start]))
    begin = start
    while words and _INTENSIFIER.fullmatch(words[-1][0]):
        begin = words.pop().start()  # "a pretty shoddy response": "pretty" goes too
    previous = words[-1][0] if words else ""
    if previous.endswith((",", "/")) or previous.lower() in _PREDICATE_BEFORE:
        return None
    if noun.lower() in _SLIPS and previous.lower() in _HUMAN_ATTRIBUTES:
        return None  # "a simple human cock-up error": without the word, "human error" blames
    if (
        lang == "de"
        and previous[:1].islower()
        and previous.lower() not in _DE_NOT_BEFORE
        and not _DE_DETERMINER.fullmatch(previous)
    ):
        return None  # an attribute or adverb before it: "ein vermeintlich unfähiger Lotse"
    article = ""
    if lang == "en" and words and _EN_ARTICLE.fullmatch(previous):
        begin = words[-1].start()
        vowel = noun[:1].lower() in "aeiou" and not noun.lower().startswith(("uni", "use", "eu"))
        article = ("an " if vowel else "a ") if previous.islower() else ("An " if vowel else "A ")
    rest = noun
    if begin == 0 or not sentence[:begin].strip(" \"“'‘*-"):
        rest = noun[:1].upper() + noun[1:] if not article else noun
    return begin, after.end(), article + rest


# A third shape: a main clause in the simple past, as news and reports tell it. "Aber ein
# erfahrener Mitarbeiter der Leitstelle drückte den falschen Knopf." becomes "Aber der falsche
# Knopf wurde gedrückt."; "Noch am selben Tag löschte der Mitarbeiter alle Daten auf dem
# Server." becomes "Noch am selben Tag wurden alle Daten auf dem Server gelöscht." The past
# of a weak verb gives its participle ("löschte" -> "gelöscht"); strong ones come from a table.
_DE_STRONG_PAST = {
    "riss": "rissen", "zog": "zogen", "schnitt": "schnitten", "warf": "worfen",
    "nahm": "nommen", "gab": "geben", "brach": "brochen", "sah": "sehen", "ließ": "lassen",
    "stieß": "stoßen", "schloss": "schlossen", "schloß": "schlossen", "traf": "troffen",
    "grub": "graben", "fuhr": "fahren", "hielt": "halten", "trug": "tragen", "las": "lesen",
    "schrieb": "schrieben", "griff": "griffen", "hob": "hoben", "stach": "stochen",
    "lud": "laden", "band": "bunden", "fand": "funden", "stahl": "stohlen", "bog": "bogen",
}  # fmt: skip
_DE_PAST_PREFIXES = ("durch", "über", "unter", "hinter", "miss", "zer", "ver", "ent", "emp",
                     "be", "er")  # fmt: skip
# What the passive of some acts would say as an accusation ("wurde übersehen"): reworded, or
# (None) no rewrite.
_DE_PAST_REWORDED: dict[str, str | None] = {
    "übersehen": "nicht bemerkt", "ignoriert": None, "missachtet": None, "überhört": None,
    "verschlafen": None, "vergessen": None, "versäumt": None, "verpasst": None,
    # Verbs that judge the act themselves: their passive still judges ("wurde verschlampt").
    "verschlampt": None, "verbockt": None, "vermasselt": None, "verpatzt": None,
    "verhunzt": None, "versaut": None, "vermurkst": None, "verkorkst": None,
    "versemmelt": None, "verpfuscht": None, "durchgewunken": None, "durchgewinkt": None,
    "geschlampt": None, "gepfuscht": None, "verpennt": None, "verschwitzt": None,
    "betrogen": None, "veruntreut": None, "verätzt": None,
    # A rule not followed reads as a violation with or without a doer ("Vorgaben waren nicht
    # beachtet worden").
    "beachtet": None, "befolgt": None, "eingehalten": None, "respektiert": None,
}  # fmt: skip
_DE_PAST_VERB = (
    r"(?P<past>(?!(?:hatte|wollte|sollte|konnte|musste|mußte|durfte|mochte|möchte|wusste|"
    r"wußte)n?\b)[a-zäöüß]{3,}?(?:te|ten)|"
    + "|".join(
        rf"(?:{'|'.join(_DE_PAST_PREFIXES)})?{strong}"
        for strong in sorted(_DE_STRONG_PAST, key=len, reverse=True)
    )
    + ")"
)
_DE_NOT_IN_PAST_CLAUSE = frozenset(
    {"sich", "nicht", "kein", "keine", "es", "und", "oder", "sondern", "aber", "dann",
     "eigenen", "eigene", "eigenem", "eigener"}
)  # fmt: skip
_DE_PAST_TAIL = (
    rf"(?P<middle>(?:[^,;:.!?–—]*?\s)??){_DE_OBJECT}"
    # A phrase with a preposition may follow the object: "alle Daten auf dem Server".
    r"(?P<after>\s+(?:auf|in|an|im|am|vom|von|mit|aus|bei|beim|zwischen|unter|über|hinter|"
    r"neben|vor)\s+[^,;:.!?–—]*?)?"
    r"(?:\s+(?P<particle>ab|an|auf|aus|ein|um|weg|los|fest|mit|nach|zurück|herunter|"
    r"hinunter|heraus|raus|durch|kaputt))?(?=\s*(?:[.;!…](?!\d)|$))"
)
_DE_PAST_SUBJECT_FIRST = compiled_on_use(
    rf"(?P<lead>(?i:aber|doch|und|denn|dann|jedoch|so)\s+)?(?P<subject>{_DE_SUBJECT})\s+"
    rf"{_DE_PAST_VERB}\s+{_DE_PAST_TAIL}"
)
_DE_PAST_FRONTED = compiled_on_use(
    rf"(?P<front>[^,;:.!?–—]{{3,80}}?)\s+{_DE_PAST_VERB}\s+(?P<subject>{_DE_SUBJECT})\s+"
    rf"{_DE_PAST_TAIL}"
)


def _german_preterite(
    sentence: str, clause: int, start: int, end: int
) -> tuple[int, int, str] | None:
    found = _DE_PAST_SUBJECT_FIRST.match(sentence, clause) or _DE_PAST_FRONTED.match(
        sentence, clause
    )
    if found is None or not (found.start() <= start and end <= found.end()):
        return None
    middle = found["middle"].split()
    if middle and middle[-1].lower() in _DE_NOT_BEFORE:
        return None  # the "object" ends a phrase: "mit dem Bagger"
    inside = {word.lower() for word in middle + (found["after"] or "").split()}
    if inside & _DE_NOT_IN_PAST_CLAUSE:
        return None  # reflexive, negated, a second verb ("und schickte") or "seinen eigenen"
    plural = _german_plural(found["det"], found["noun"], found["adjectives"] or "")
    participle = _german_past_participle(found["past"], found["particle"])
    if plural is None or participle is None:
        return None
    aux = "wurden" if plural else "wurde"
    thing = _german_nominative(found)
    kept = _german_impersonal(" ".join(w for w in middle if w.lower() not in _DE_JUDGING))
    after = _german_impersonal(" ".join(found["after"].split())) if found["after"] else ""
    if "front" in found.re.groupindex:
        words = [found["front"], aux, kept, thing, after, participle]
    else:
        lead = found["lead"] or ""
        words = [lead.strip(), thing if lead else _upper_first(thing), aux, kept, after, participle]
    return found.start(), found.end(), " ".join(word for word in words if word)


def _german_past_participle(past: str, particle: str | None) -> str | None:
    """The participle of a simple past ("löschte" -> "gelöscht", "durchtrennte" ->
    "durchtrennt", "schaltete … ab" -> "abgeschaltet", "riss" -> "gerissen")."""
    low = past.lower()
    prefix = next((p for p in _DE_PAST_PREFIXES if low.startswith(p)), "")
    rest = low[len(prefix) :]
    if rest in _DE_STRONG_PAST:
        stem = _DE_STRONG_PAST[rest]
    elif low.endswith("ten"):
        stem, rest = low[len(prefix) : -2], ""
    elif low.endswith("te"):
        stem, rest = low[len(prefix) : -1], ""
    else:
        return None
    if not stem or (prefix and len(stem) < 3 and rest == ""):
        return None
    ge = "" if prefix or low.endswith(("ierte", "ierten")) or low.startswith("ge") else "ge"
    participle = prefix + ge + stem
    if participle in _DE_PAST_REWORDED:
        reworded = _DE_PAST_REWORDED[participle]
        if reworded is None or particle:
            return None
        return reworded
    return (particle or "") + participle


# A possessive that points at the person goes, as in English: "mit seiner Baggerschaufel" ->
# "mit der Baggerschaufel". Its case ending tells the article.
_DE_POSSESSIVE = compiled_on_use(r"\b(?:sein|ihr)(?P<ending>e|en|em|er|es)\b")
_DE_ARTICLE_FOR_ENDING = {"e": "die", "en": "den", "em": "dem", "er": "der", "es": "des"}


def _german_impersonal(text: str) -> str:
    return _DE_POSSESSIVE.sub(lambda m: _DE_ARTICLE_FOR_ENDING[m["ending"]], text)


# A person's "hätte … prüfen müssen" says, with hindsight, that it was not done: "Wenigstens
# stichprobenartig hätte der Auftragnehmer die Stromkreise überprüfen müssen." becomes
# "Wenigstens stichprobenartig wurden die Stromkreise nicht überprüft." A "nicht … dürfen"
# says it was done: "Der Admin hätte den Server nicht neu starten dürfen." becomes "Der
# Server wurde neu gestartet."
_DE_MODAL_TAIL = (
    rf"(?P<middle>(?:[^,;:.!?–—]*?\s)??){_DE_OBJECT}{_DE_AFTER_OBJECT}\s+(?P<negation>nicht\s+)?"
    r"(?P<infinitive>(?:neu\s+)?[a-zäöüß]{3,}(?:en|ern|eln))\s+(?P<modal>müssen|sollen|dürfen)"
    r"(?=\s*(?:[.;!]|$))"
)
_DE_MODAL_SUBJECT_FIRST = compiled_on_use(
    rf"(?P<subject>{_DE_SUBJECT})\s+(?:hätte|hätten)\s+{_DE_MODAL_TAIL}"
)
_DE_MODAL_FRONTED = compiled_on_use(
    rf"(?P<front>[^,;:.!?–—]{{3,80}}?)\s+(?:hätte|hätten)\s+(?P<subject>{_DE_SUBJECT})\s+"
    rf"{_DE_MODAL_TAIL}"
)
_DE_SEPARABLE = ("zurück", "zusammen", "wieder", "heraus", "herein", "hinaus", "fest", "frei",
                 "nach", "weg", "auf", "aus", "bei", "ein", "mit", "vor", "los", "ab", "an",
                 "um", "zu")  # fmt: skip


def _german_counterfactual(sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    clause = _german_clause_begin(sentence, start)
    found = _DE_MODAL_SUBJECT_FIRST.match(sentence, clause) or _DE_MODAL_FRONTED.match(
        sentence, clause
    )
    if found is None or not (found.start() <= start < found.end()):
        return None
    if found["negation"] and found["modal"] != "dürfen":
        return None  # "hätte … nicht prüfen müssen": no fact to tell
    if not found["negation"] and found["modal"] == "dürfen":
        return None
    middle = found["middle"].split()
    if middle and middle[-1].lower() in _DE_NOT_BEFORE:
        return None
    if {word.lower() for word in middle} & _DE_NOT_IN_PAST_CLAUSE:
        return None
    plural = _german_plural(found["det"], found["noun"], found["adjectives"] or "")
    participle = _german_infinitive_participle(found["infinitive"])
    if plural is None or participle is None:
        return None
    aux = "wurden" if plural else "wurde"
    done = participle if found["negation"] else f"nicht {participle}"
    kept = _german_impersonal(" ".join(w for w in middle if w.lower() not in _DE_JUDGING))
    thing = _german_nominative(found)
    after = _german_impersonal(" ".join(found["after"].split())) if found["after"] else ""
    if "front" in found.re.groupindex:
        words = [found["front"], aux, kept, thing, after, done]
    else:
        words = [_upper_first(thing), aux, kept, after, done]
    return found.start(), found.end(), " ".join(word for word in words if word)


def _german_infinitive_participle(infinitive: str) -> str | None:
    """ "überprüfen" -> "überprüft", "abklemmen" -> "abgeklemmt", "neu starten" -> "neu
    gestartet"."""
    words = infinitive.split()
    verb = words[-1]
    before = " ".join(words[:-1])
    prefix = next((p for p in _DE_SEPARABLE if verb.startswith(p) and len(verb) - len(p) >= 4), "")
    if prefix and verb[len(prefix) :].startswith(_DE_INSEPARABLE):
        prefix = ""  # "zerstören", "beenden" are no separable verbs
    participle = _german_participle(verb[len(prefix) :])
    if participle is None:
        return None
    return " ".join(w for w in [before, prefix + participle] if w)
