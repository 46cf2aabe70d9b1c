"""Names and places written in Hangul, found with Kiwi's part-of-speech tags.

A proper noun (NNP) is a place when the gazetteer knows it or a locative
particle follows (에서, 으로, ...); a person when it starts with a Korean
surname or an honorific follows (동무, 씨, 반장, ...). Hits: "김철호", "최씨",
"리영남 동무", "청진에서", "블라디보스토크"; also any word before a spaced 씨 ("타토 씨"),
Russian patronymics ("이고리 페트로비치") and a full name alone in quotes ("'이철만'").
Near-misses: "러시아", "조선", "로동당" (kept by policy), common nouns starting with a
surname syllable ("이번"), a job before 씨 ("사무원 씨"), fees ("회의비").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import Any

from kiwipiepy import Kiwi

from intake.redaction import gazetteer, pinyin
from intake.redaction.english_words import is_english_word
from intake.redaction.normalize import has_hangul, soften_hangul, southern_spelling
from intake.redaction.recognizers.base import Coverage, DomainRecognizer, Span
from intake.redaction.regions import ADMIN_REGIONS

SURNAME_SYLLABLES = frozenset(
    "김리이박최정강조윤장림임한오서신권황안송류유전홍고문양손배백허남심로노하곽성차주우구민나진지"
    "엄채원천방공현함변염여추석설마길연위표명기반라왕금옥육인맹제모탁국계"
    "려렴륙량룡"
    "편어봉피빈태"
)
TWO_SYLLABLE_SURNAMES = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"})
HONORIFICS = (
    "동무", "동지", "씨", "반장", "선생님", "선생", "아저씨", "아주머니", "과장", "부장", "지배인",
    "사장", "소장", "작업반장", "형", "누나", "언니", "오빠", "할머니", "할아버지", "군", "양",
    "아바이", "아매", "오마니", "동생", "누이", "이모", "삼촌", "선배", "후배", "지도원",
    "책임자", "조장", "대장", "부부장", "사장님", "아줌마", "아재", "령감", "영감",
    "목사", "목사님", "전도사", "신부", "집사", "장로", "교수", "박사", "팀장", "실장", "쌤",
    "주임",
)  # fmt: skip
# Syllables common in given names: a word Kiwi calls a common noun is still a name when
# it is a surname and two of these ("려성진이고").
GIVEN_SYLLABLES = frozenset(
    "철수영호민성일남명순희숙자옥애미란정경혜은주선화련향금광혁진용국석준현동기태원근길학봉"
    "춘식삼복만덕창해룡웅훈상규재승우연월설별송림심청분녀실단윤강권도필종섭택환열범혁찬"
    "효운흥평서"
)
# Jobs and ranks that come before or after a name but are never one ("지배인 동지", "강사").
ROLES = frozenset(
    """
    지배인 지도원 강사 통역 통역원 당비서 비서 인민반장 반장 책임자 사장 과장 부장 소장 대표
    위원장 담당 관리원 보위원 보안원 안전원 감독 기사 현장 작업반장 선생 교원 의사 간호사
    의뢰인 변호사 통역사 감독관 농장주 집주인 상담원 기사장 담당의
    선장 선원 선주 기관장 항해사 갑판장 조리장 점검관 경찰관 형사 통역관 관리인 주임
    감시원 담당자 직원 기자 목사 전도사 직장장 십장 부지배인 초급당비서 회계원 부기원 경리
    분조장 현장소장 공장장 면담자 구술자 참가자 사회자 진행자 기록자 분석관 조사관 연구원
    분석가 연구자
    """.split()  # noqa: SIM905
)
_LONG_ROLES = frozenset(role for role in ROLES if len(role) >= 3)
# Words after which a name is given: "이름이 채영수", "친구 곽인수가", "연락책 장웨이".
_NAMING = frozenset(
    {"이름", "본명", "친구", "동료", "답", "연락책", "공장장", "감독", "관리원", "녀자", "여자",
     "예금주", "명의자", "수취인", "보낸 사람", "받는 사람", "발신인", "수신인", "작성자",
     "여성", "남성", "동거인"}
)  # fmt: skip
# A word given as someone's name, without a surname: "이름이 카림이었대요", "이름은 주앙이라고",
# "같이 간 동무가 경호라고," (a copula or 라고 after it)
_GIVEN_AS_NAME = re.compile(
    r"(?:(?:이름|본명|성함)(?:이|은|는)|(?:동무|친구|동료|사람|남자|여자|녀자)(?:가|는|이))\s+"
    r"(?P<name>[가-힣]{2,5}?)(?=이?(?:었|였|라고|라는|래요|랬|예요|에요|입니다|인데)|이야|야\b)"
)
# Someone saying who they are, in a letter or a voice message: "오빠, 나 금희야", "형님 저
# 철진이에요" (a given name of two syllables)
_SELF_NAMED = re.compile(
    r"(?<![가-힣])(?:나|저|난)\s(?P<name>[가-힣]{2})(?=이?(?:야|예요|에요|이에요|입니다)(?![가-힣]))"
)
# A given name called out: "철진아, 나 무사히 나왔다", "\"명철아!\" 하고" (two given-name syllables
# and the vocative 아 or 야 before a pause)
_VOCATIVE = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2})(?:아|야)(?=[\s,.!?~\"'”’…]|$)")
# Any word of two to four syllables, then a space and 씨: a person ("안내원 타토 씨", "어부 무사
# 씨가", "누에 씨 번호"), unless a job's ending makes it a job ("사무원 씨", "용접공 씨"); 씨
# glued to a word is part of it ("아저씨", "솜씨", "날씨")
_BEFORE_SPACED_SSI = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4}) 씨"
    r"(?=[는가를의와도랑]|한테|에게|께|하고|네|였|이|[^가-힣]|$)"
)
_JOB_ENDINGS = ("원", "공", "관", "부")
# A full name alone in quotes, as notes cite how a document or a witness wrote it: "한국 면담
# 기록 '이철만'" (a surname and two given-name syllables that Kiwi knows as no common noun)
_QUOTED_FULL_NAME = re.compile(
    r"(?<![가-힣])['‘\"“](?P<name>[" + "".join(sorted(SURNAME_SYLLABLES)) + r"][가-힣]{2})['’\"”]"
)
# A Russian patronymic in Hangul, four syllables or more ("페트로비치", "세르게예브나"; not
# "비치" alone, a beach, nor "롱비치"), and the given name before it ("이고리 페트로비치"; not
# a role, "십장 이바노비치", nor a word with a particle, "그는 페트로비치")
_PATRONYMIC = re.compile(r"(?<![가-힣])(?:(?P<given>[가-힣]{2,4}) )?[가-힣]{2,5}(?:비치|브나)")
# Vietnamese names in Hangul by the commonest surname: "응우옌 반 똔", "응우엔 티 흐엉"
_VIETNAMESE_NAME = re.compile(
    r"(?<![가-힣])(?:응우옌|응우엔|응웬)(?:\s(?!씨|님)[가-힣]{1,2}(?=[\s.,;:)]|$)){0,2}"
)
FAMILY = frozenset(
    {"어머니", "아버지", "엄마", "아빠", "남편", "아내", "처", "아들", "딸", "형님", "오마니",
     "아바지", "동생", "언니", "오빠", "누나", "할머니", "할아버지", "삼촌", "이모", "고모"}
)  # fmt: skip
# Words after a proper noun that make it a place ("신포 사람") or an institution ("만수대창작사").
_PLACE_NOUNS = frozenset({"사람", "출신", "태생", "고향", "지역", "근처", "시내", "쪽"})
_INSTITUTION_NOUNS = (
    "창작사",
    "회사",
    "공사",
    "무역",
    "건설",
    "그룹",
    "대학",
    "병원",
    "학교",
    "상점",
)
_PLACE_PARTICLES = frozenset({"에서", "에", "으로", "로", "까지", "부터", "에서부터"})
_PLACE_SUFFIXES = ("시", "군", "주", "역", "도", "구역", "리", "읍", "항", "구", "동")
# Surname + one or two syllables, then an honorific: "리영남 동무", "최씨", "박 반장".
_TITLED = re.compile(
    r"(?<![가-힣])(?P<name>[" + "".join(sorted(SURNAME_SYLLABLES)) + r"](?:[가-힣]{1,2})?)\s?"
    r"(?=(?:" + "|".join(sorted(HONORIFICS, key=len, reverse=True)) + r"))"
)
# A given name after a family word: "동생 은별이는", "친구 광철이가" (Kiwi often splits these).
_AFTER_KIN = re.compile(
    r"(?:동생|언니|오빠|형|누나|누이|남편|아내|아들|딸|친구|조카|사촌|동무)\s+(?P<name>[가-힣]{2,3}?)"
    r"(?=이는|이가|이도|이랑|이를|이와|이한테|이에게|이하고|는|가|도|랑|를|와|한테|에게|하고)"
)
# A given name before a kinship word used as a title: "순옥 언니", "철이 아저씨", "숙자언니한테";
# a child's name before "아버지" names the father by it: "은성아버지 보세요".
# the name that signs a letter: "김향란 드림", "철수 올림"
_SIGNED = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s?(?:드림|올림)(?![가-힣])")
_BEFORE_KIN = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2})\s?"
    r"(?=언니|오빠|누나|형님|아저씨|아주머니|이모|삼촌|할머니|할아버지|아버지|어머니)"
)
# A letter's ends: "사랑하는 정숙에게" and the writer's family word, name and sign-off at the end
# of a line, "딸 설화 올림", "안해 순애" (two given-name syllables, whatever noun they also spell)
_LETTER_ENDS = re.compile(
    r"(?m)(?:(?:사랑하는|그리운|보고\s?싶은)\s(?P<to>[가-힣]{2})(?=에게|께|씨|아|야)"
    r"|(?<![가-힣])(?:딸|아들|안해|아내|남편|동생|손녀|손자|누이|누나|언니|오빠|형)\s"
    r"(?P<from>[가-힣]{2})(?:\s?(?:올림|드림))?[ \t]*$)"
)
_HONORIFIC = re.compile("|".join(sorted(HONORIFICS, key=len, reverse=True)))
# the words that quote a name: "류설화라구", "리영철이라고"
_QUOTING = ("이라고", "이라구", "라고", "라구", "라는")
# A full name after a role, family or naming word, as notes and lists write it: "지배인은
# 정성호.", "어머니 성복녀", "중국 측 연락책 장웨이" (a surname and two or three syllables, then
# a boundary or a particle).
_AFTER_ROLE = re.compile(
    r"(?:"
    + "|".join(sorted(ROLES | set(HONORIFICS) | FAMILY | _NAMING, key=len, reverse=True))
    + r")(?:은|는|이|가|으로|로)?\s*:?\s+(?P<name>["
    + "".join(sorted(SURNAME_SYLLABLES))
    + r"][가-힣]{2,3}?)"
    r"(?=[\s.,:;()]|$|이고|이었|였|이에요|예요|입니다|이다|인데|"
    + "|".join(_QUOTING)
    + r"|가|는|은|를|을|의|와|과|하고|에게|한테|이)"
)

# Surname + two syllables before the particles and copulas names take: "리영남이랑",
# "한순애이고", "백철우예요" (unless Kiwi reads the word as a common noun).
_NAME_BEFORE_PARTICLE = re.compile(
    r"(?<![가-힣])(?P<name>[" + "".join(sorted(SURNAME_SYLLABLES)) + r"][가-힣]{2})"
    r"(?=이랑|이는|이가|이고|이에요|이예요|예요|이라는|이라고|라고|라는|이었|이였|였|입니다|이다|이하고"
    r"|이를|이의|이도|이한테"
    r"|이에게|이와|이랑은|랑|하고|와|가|는|를|의|에게|한테|도|이)"
)


@functools.cache
def _kiwi() -> Kiwi:
    """One Kiwi analyser per process (about 1.5 s to build; its model ships as a package)."""
    return Kiwi()


def warm_up() -> None:
    """Build the analyser now (the engine calls this while loading)."""
    _kiwi()


class HangulNameRecognizer(DomainRecognizer):
    """Kiwi proper nouns classified by gazetteer, surname gate and context."""

    ENTITIES = ("PERSON", "PLACE")

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        if not has_hangul(text):
            return
        spans = [s for s in self._spans(text) if not _common_words(text, s)]
        spans += _towns_by_sound(text, spans)
        spans += _listed_given_names(text, spans)
        spans += _neighbouring_units(text, spans)
        spans += _districts_after_towns(text, spans)
        spans += _spelled_in_latin(text)
        yield from spans
        # A name found once is redacted everywhere it recurs ("리영남이는" → "리영남이랑").
        covered = Coverage(text, spans)
        for form, entity in {
            (text[s.start : s.end], s.type) for s in spans if s.end - s.start >= 2
        }:
            for match in re.finditer(re.escape(form), text):
                if not covered.overlaps(match.start(), match.start() + 1):
                    yield Span(entity, match.start(), match.end(), 0.6)

    def _spans(self, text: str) -> Iterator[Span]:
        places = gazetteer.load()
        analysed = _kiwi().tokenize(text)
        common_tails = set()  # common nouns Kiwi read into the end of a proper noun
        for index, token in enumerate(analysed):
            after = analysed[index + 1] if index + 1 < len(analysed) else None
            if token.tag == "XSN" and token.form == "이":
                yield from _name_before_suffix(analysed, index)
            if token.tag not in ("NNP", "NNG") or not has_hangul(token.form):
                continue
            start, end = token.start, token.start + token.len
            if token.score < _RARE and pinyin.spells_chinese_name(token.form):
                yield Span("PERSON", start, end, 0.6)  # "천샤오밍", Kiwi's rare word
                continue
            suffix = after.form if after is not None and after.start == end else ""
            # the next word, also across one space: "은주 언니", "신포 사람"
            following = after.form if after is not None and after.start <= end + 1 else ""
            if token.tag == "NNG":
                if (
                    _looks_like_a_name(token.form)
                    and not _known_noun(token.form, _RARE_NOUN)
                    and token.form not in ROLES
                    # a particle, a verb, a sign or a space after it ("노동자 주명수 명의")
                    and (after is None or after.tag[0] in "JVS" or after.start > end)
                ):
                    yield Span("PERSON", start, end, 0.55)
                continue
            # Kiwi may read a common noun into a proper noun across a space: "그단스크 조선소"
            form = _without_common_tail(token.form)
            if form != token.form:
                common_tails.add((start + len(form) + 1, end))
                end, suffix = start + len(form), ""
            if suffix.startswith(_INSTITUTION_NOUNS) or form in HONORIFICS or form in ROLES:
                continue
            if places.country(form) or _people_or_language(form, places):
                continue  # "사우디도" is Saudi Arabia and the particle 도, kept by policy
            if _is_place(form, suffix, places) or following in _PLACE_NOUNS:
                if suffix in _PLACE_SUFFIXES:
                    end += len(suffix)
                yield Span("PLACE", start, end, 0.75)
            elif _compound_noun(form) or _prefixed_noun(form):
                continue  # "봉제공장", "충성자금", "고혈압": Kiwi reads them as one proper noun
            elif form[0] in SURNAME_SYLLABLES and 2 <= len(form) <= 4:
                if len(form) == 2 and _given_syllable_ends_word(text, after, end):
                    end += 1  # "김순희 we", read as 김순 and the noun 희
                yield Span("PERSON", start, end, 0.8)
            elif following in HONORIFICS:
                yield Span("PERSON", start, end, 0.7)
            elif len(form) >= 2 and not (suffix and after is not None and after.tag[:2] == "NN"):
                # other whole-word proper nouns: given names, transliterated names
                yield Span("PERSON", start, end, 0.5)
        # North Korean spellings read the South Korean way, one syllable for one
        softened = soften_hangul(text)
        yield from _known_places(softened, analysed)
        yield from _foreigners(text, analysed)
        yield from _places_of_origin(analysed)
        yield from _transliterated(text, softened, analysed)
        yield from _whole_word_names(text)
        # common nouns and pronouns ("우리" is "we", not a Mr 우 before 반장); Kiwi sometimes
        # reads a name, or a name with the suffix 이, as a rare noun ("려성진", "곽성일이"),
        # which is not a common noun ("이민국" is one)
        known_nouns = common_tails | {
            (t.start, t.start + t.len)
            for t in analysed
            if (t.tag == "NNG" or t.tag == "NP")
            and not (
                (_looks_like_a_name(t.form) or _looks_like_a_name(t.form.removesuffix("이")))
                and not _known_noun(t.form, _RARE_NOUN)
            )
        }
        # where a verb, an adjective or an ending starts: no name runs across it ("강사였는데")
        inflections = {t.start for t in analysed if t.tag[0] in "VE"}

        # particles, and the plural 들 ("손님들이")
        particles = {
            t.start: t.start + t.len for t in analysed if t.tag[0] == "J" or t.form == "들"
        }
        particle_starts = set(particles)
        noun_ends = {s: e for s, e in known_nouns if e - s >= 2}

        def common_word(start: int, end: int) -> bool:
            """A role, a part of a common noun ("인민" in "인민반장"), or common nouns of two
            syllables or more with particles after them ("여권번호", "여권은"); a lone surname
            is not."""
            if text[start:end] in HONORIFICS or text[start:end] in ROLES:
                return True
            if end - start > 1 and any(s <= start and end <= e for s, e in known_nouns):
                return True
            at = start
            while at in noun_ends and noun_ends[at] <= end:
                at = noun_ends[at]
            while at > start and at in particles and particles[at] <= end:
                at = particles[at]
            return at == end and at > start

        nouns_at = {t.start: t for t in analysed if t.tag in ("NNP", "NNG")}
        for match in _TITLED.finditer(text):
            start = match.start("name")
            alone = match.end("name") - start == 1
            if alone and (start not in nouns_at or nouns_at[start].len != 1):
                continue  # "제 동생" is "my brother", not a Mr 제
            if any(text.startswith(role, start) for role in _LONG_ROLES):
                continue  # "기사장" is a chief engineer, not a Mr 기 who is the boss
            name_end = match.end("name")
            inflected = any(start < i < name_end for i in particle_starts) and not all(
                ch in GIVEN_SYLLABLES for ch in text[start + 1 : name_end]
            )
            if not common_word(start, name_end) and not inflected:  # not "배에서 책임자는"
                end = match.end("name")
                honorific = _HONORIFIC.match(text, match.end())
                if end - match.start("name") == 1 and honorific:  # a surname alone: "강 아바이"
                    end = honorific.end()
                yield Span("PERSON", match.start("name"), end, 0.75)
        for match in _NAME_BEFORE_PARTICLE.finditer(text):
            start, end = match.span("name")
            if (
                not common_word(start, end)
                and not any(start < i < end for i in inflections)
                # a name ends where a word does, not inside a common noun ("노동허가": 노동 + 허가)
                and not any(start < s < end < e for s, e in known_nouns)
                and not _prefixed_noun(match.group("name"))  # "고혈압이"
            ):
                yield Span("PERSON", start, end, 0.6)
        # Kiwi may read the surname as an adverb ("채" in "채영수"); a longer word that is no
        # noun ("정말로"), a common noun ("전화번호") or a particle inside ("김치를") rule it out
        first_tokens = {t.start: t for t in analysed}
        for match in _overlapping(_AFTER_ROLE, text):
            start, end = match.span("name")
            first = first_tokens.get(start)
            # Kiwi may read a particle into a name ("류철만과" as 류철 + 만); a given name made
            # of name syllables is a name all the same
            given = all(ch in GIVEN_SYLLABLES for ch in text[start + 1 : end])
            # nor a common noun and a particle in Kiwi's reading, unless a surname and two
            # given-name syllables with a particle of their own make it a name ("강철만이":
            # not steel and "only"; "직원 명단은 " is a staff list)
            whole_noun = any(s <= start and end <= e for s, e in known_nouns)
            particle_after = end < len(text) and "가" <= text[end] <= "힣"
            # a name given with 라고 is all given-name syllables ("류설화라구", not "기숙사비라고")
            if text.startswith(_QUOTING, end) and not given:
                continue
            if (
                first is not None
                and (first.tag[0] == "N" or first.len == 1)
                and (
                    not common_word(start, end)
                    or (given and end - start == 3 and not whole_noun and particle_after)
                )
                # or reads a verb into it ("김영숙이었고" as 김, 영 and the verb 숙이다)
                and (given or not any(start < i < end for i in inflections))
                and (given or not any(start < i < end for i in particle_starts))
            ):
                yield Span("PERSON", start, end, 0.65)
        for match in _AFTER_KIN.finditer(text):
            start, end = match.span("name")
            if not common_word(start, end) and not any(start < i < end for i in inflections):
                yield Span("PERSON", start, end, 0.6)
        for match in _GIVEN_AS_NAME.finditer(text):
            start, end = match.span("name")
            first = first_tokens.get(start)
            name = match.group("name")
            if (
                first is not None
                and first.tag in ("NNG", "NNP")
                and not _known_noun(name)
                and not places.country(name)
                and name not in PERSON_WORDS
            ):
                yield Span("PERSON", start, end, 0.6)
        for match in (*_SELF_NAMED.finditer(text), *_VOCATIVE.finditer(text)):
            name = match.group("name")
            if all(ch in GIVEN_SYLLABLES for ch in name) and not _known_noun(name):
                yield Span("PERSON", *match.span("name"), 0.6)
        for match in _SIGNED.finditer(text):
            if not common_word(*match.span("name")):
                yield Span("PERSON", match.start("name"), match.end("name"), 0.6)
        for match in _LETTER_ENDS.finditer(text):
            name = match.group("to") or match.group("from")
            if all(ch in GIVEN_SYLLABLES for ch in name) and name not in _WORDS_FOR_PEOPLE:
                yield Span("PERSON", *match.span("to" if match.group("to") else "from"), 0.6)
        for match in _VIETNAMESE_NAME.finditer(text):
            yield Span("PERSON", match.start(), match.end(), 0.7)
        for match in _QUOTED_FULL_NAME.finditer(text):
            name = match.group("name")
            if all(ch in GIVEN_SYLLABLES for ch in name[1:]) and not _known_noun(name):
                yield Span("PERSON", *match.span("name"), 0.6)
        for match in _PATRONYMIC.finditer(text):
            first_name = match.group("given")
            if first_name and (
                first_name in _NOT_GIVEN_BEFORE_PATRONYMIC
                or first_name[-1] in "은는이가을를의에와과도"
            ):
                start = match.end("given") + 1
            else:
                start = match.start()
            yield Span("PERSON", start, match.end(), 0.7)
        for match in _BEFORE_SPACED_SSI.finditer(text):
            name = match.group("name")
            job = len(name) > 2 and name.endswith(_JOB_ENDINGS)
            if not (job or name in ROLES or name in PERSON_WORDS or places.country(name)):
                yield Span("PERSON", *match.span("name"), 0.6)
        for match in _BEFORE_KIN.finditer(text):
            start, end = match.span("name")
            if all(ch in GIVEN_SYLLABLES for ch in match.group("name")) and not common_word(
                start, end
            ):
                yield Span("PERSON", start, end, 0.55)


# A foreign name in Hangul with its Latin spelling in brackets: "바트에르덴(Bat-Erdene)",
# "람 바하두르 구룽(Ram Bahadur Gurung)", "알 코르(Al Khor)"
_LATIN_IN_BRACKETS = re.compile(
    r"(?<![가-힣])(?P<hangul>[가-힣]+(?: [가-힣]+){0,3}) ?"
    r"\((?P<latin>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})\)"
)
_COMPANY_WORDS = frozenset({"ltd", "llc", "co", "inc", "pte", "corp", "gmbh", "group", "trading"})


def _spelled_in_latin(text: str) -> list[Span]:
    """The names ``_LATIN_IN_BRACKETS`` finds: as many Hangul words as the Latin has, both a
    place when the gazetteer knows the Latin, else a person; not a gloss in English words
    ("국제노동기구(International Labour Organization)"), a country, a people or a company."""
    places = gazetteer.load()
    found = []
    for match in _LATIN_IN_BRACKETS.finditer(text):
        latin = match.group("latin")
        parts = re.split(r"[ -]", latin)
        if (
            all(is_english_word(part) for part in parts)
            or any(part.casefold() in _COMPANY_WORDS for part in parts)
            or places.country(latin)
            or gazetteer.is_demonym(latin)
        ):
            continue
        words = match.group("hangul").split(" ")[-latin.count(" ") - 1 :]
        kind = "PLACE" if places.lookup(latin) else "PERSON"
        start = match.end("hangul") - len(" ".join(words))
        found.append(Span(kind, start, match.end("hangul"), 0.75))  # over a part read alone
        found.append(Span(kind, match.start("latin"), match.end("latin"), 0.75))
    return found


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern``, also those that start inside an earlier one ("아버지
    이름은 김명남": the role "아버지" then "이름은" as a name, and "이름은" then "김명남")."""
    position = 0
    while match := pattern.search(text, position):
        yield match
        position = match.start() + 1


def _neighbouring_units(text: str, spans: list[Span]) -> list[Span]:
    """Administrative units next to a place found, as addresses and family trees list them:
    "문덕군 립석리" after "문덕군", "새별군" before "고건원" (not "우리", "당시", "활동")."""
    found: list[Span] = []
    queue = [s for s in spans if s.type == "PLACE"]
    seen = {(s.start, s.end) for s in queue}
    while queue:  # each unit found is a neighbour in turn: "화룡 남평진 신흥촌"
        span = queue.pop()
        before = _UNIT_BEFORE.search(text, max(0, span.start - 12), span.start)
        after = _UNIT_AFTER.match(text, span.end)
        for unit in (before, after):
            if unit is None or unit.group("unit") in _COMMON_UNIT_WORDS:
                continue
            if unit.span("unit") not in seen:
                seen.add(unit.span("unit"))
                queue.append(Span("PLACE", unit.start("unit"), unit.end("unit"), 0.6))
                found.append(queue[-1])
    return found


# not 도 and 면, which end words as particles and endings ("할아버지도", "가면")
_UNIT = r"[가-힣]{1,5}(?:시|군|구역|리|동|읍|진|촌|노동자구|로동자구)"
_UNIT_BEFORE = re.compile(rf"(?<![가-힣])(?P<unit>{_UNIT})\s$")
_UNIT_AFTER = re.compile(rf"\s(?P<unit>{_UNIT})(?=[\s,.;)]|$|[은는이가에의을를도])")
_COMMON_UNIT_WORDS = frozenset(
    """
    우리 거리 머리 자리 다리 소리 요리 관리 처리 정리 수리 유리 조리 무리 마리 다시 당시 역시
    동시 감시 수시 임시 항시 활동 노동 운동 이동 행동 감동 자동 공동 아동 장군 아군 적군 그리
    저리 이리 삼촌 사촌 외삼촌 농촌 어촌 산촌
    """.split()  # noqa: SIM905
)


def _foreigners(text: str, analysed: list[Any]) -> Iterator[Span]:
    """Words the Korean model hardly knows, named after a foreign country, a nationality or a
    job, and a word for a person or a job: "방글라데시 사람 라힘이", "인도 사람 운전수 라주가",
    "중국 주인은 천하이룽", "에티오피아 사람 아베베 기르마", "관리인(인도인) 수레시 나이르",
    "기자 올가 리시치나", "대표 마레크 노바크에게" (not "중국 사람 많이", "러시아 사람 집에",
    "태국 이민국", "기자 회견")."""
    places = gazetteer.load()
    for index, token in enumerate(analysed):
        if not (places.country(token.form) or token.form in FOREIGN_PEOPLE or token.form in ROLES):
            continue
        following = iter(analysed[index + 1 :])
        word = next(following, None)
        while word is not None and (
            word.form in PERSON_WORDS
            or word.form in ROLES
            or word.tag in ("JX", "JKS")
            or word.tag in ("SSO", "SSC", "SP")  # brackets, commas: "관리인(인도인) 수레시"
            or word.form in FOREIGN_PEOPLE
            or gazetteer.is_demonym(word.form)
        ):
            word = next(following, None)
        if word is None or word.start <= token.start + token.len:
            continue  # the name is a word of its own, not the end of "중국인"
        start = end = word.start
        while match := _HANGUL_RUN.match(text, end):
            stem = next((stem for stem in _stems(match.group()) if _hardly_known(stem)), None)
            if stem is None:
                break
            end = match.start() + len(stem)
            if len(stem) < len(match.group()) or text[end : end + 1] != " ":
                break  # a particle ends the name: "라힘이", "무스타파였고"
            end += 1
        end = len(text[:end].rstrip())
        if end > start and not _PERSON_WORD_AFTER.match(text, end):
            yield Span("PERSON", start, end, 0.6)


# a word for a person after the words found: they name a country or a people, not a person
# ("작업반장은 로씨아 사람 쎄르게이")
_PERSON_WORD_AFTER = re.compile(r"\s?(?:사람|출신|국적)")


def _hardly_known(word: str) -> bool:
    """A Hangul word Kiwi reads alone as one noun its language model hardly knows, and no
    country in any spelling: "라힘", "아베베" (not "교회", "공장장", "스폰서", "까타르", nor a
    rarer common noun of Kiwi's dictionary: "이민국").

    Not cached: a cache would keep the names of one interview in memory for the next."""
    if not has_hangul(word) or gazetteer.load().country(soften_hangul(word)):
        return False
    tokens, _ = _kiwi().analyze(word, top_n=1)[0]
    hardly = len(tokens) == 1 and tokens[0].tag in ("NNG", "NNP") and tokens[0].score < _RARE
    return hardly and not _known_noun(word, _RARE_NOUN)


# the score of a word alone in Kiwi's language model below which the model hardly knows it
# (common nouns score above -13: "교회" -9.5, "공장장" -12.7; "카림" -14.7, "아베베" -25.4)
_RARE = -14.0
# the score of a common noun alone below which Kiwi hardly knows it: a name it takes for one
# scores lower ("려성진" -25.1, "강철수" -19.4) than a word of its dictionary ("이민국"
# -15.0, "주민증" -15.9)
_RARE_NOUN = -17.5
# peoples not named after a country: Han Chinese, Korean Chinese, foreigners, Arabs
FOREIGN_PEOPLE = frozenset(
    {"중국인", "러시아인", "몽골인", "한족", "조선족", "외국인", "아랍", "아랍인"}
)
PERSON_WORDS = frozenset(
    {"사람", "친구", "남자", "여자", "녀자", "애", "놈", "여성", "녀성", "주인", "운전수",
     "기사", "요리사", "브로커", "직원", "경비", "경찰", "할머니", "할아버지", "아저씨",
     "아주머니", "노동자", "로동자", "동료", "이름", "측", "쪽", "공장장", "여사장", "반장"}
)  # fmt: skip
_NOT_GIVEN_BEFORE_PATRONYMIC = ROLES | PERSON_WORDS | FAMILY | set(HONORIFICS)


def _places_of_origin(analysed: list[Any]) -> Iterator[Span]:
    """A proper-noun word before "사람", "출신" ("신포 사람" even when Kiwi splits 신/포; not a
    people: "아랍 사람")."""
    places = gazetteer.load()
    word: list[Any] = []
    for token in analysed:
        if word and token.start > word[-1].start + word[-1].len:
            first, last = word[0], word[-1]
            if (
                token.form in _PLACE_NOUNS
                and token.start == last.start + last.len + 1
                and not _people_or_language("".join(t.form for t in word), places)
                and any(t.tag in ("NNP", "NR") for t in word)
                and all(t.tag in ("NNP", "NNG", "NR") for t in word)
                and last.start + last.len - first.start >= 2
            ):
                yield Span("PLACE", first.start, last.start + last.len, 0.6)
            word = []
        word.append(token)


def _given_syllable_ends_word(text: str, token: Any | None, at: int) -> bool:
    """``token`` is one given-name syllable, read as a noun, at ``at`` that ends its word."""
    return (
        token is not None
        and token.start == at
        and token.len == 1
        and token.tag == "NNG"  # not a particle: "려권은"
        and token.form in GIVEN_SYLLABLES
        and not has_hangul(text[at + 1 : at + 2])
    )


def _looks_like_a_name(word: str) -> bool:
    """Surname + two given-name syllables ("려성진"), or a two-syllable surname + one or two."""
    if len(word) == 3:
        return word[0] in SURNAME_SYLLABLES and all(ch in GIVEN_SYLLABLES for ch in word[1:])
    return len(word) in (3, 4) and word[:2] in TWO_SYLLABLE_SURNAMES


# a name of three syllables standing alone: a boundary or a particle after it
_THREE_SYLLABLES = re.compile(r"(?<![가-힣])[가-힣]{3}(?=[^가-힣]|$|[이가은는을를의와과도])")
# what Kiwi finds in a word that is no name: particles, endings, verbs, prefixes and
# suffixes, numerals
_NOT_IN_NAMES = ("J", "E", "V", "XS", "XP", "NR")


def _prefixed_noun(word: str) -> bool:
    """Kiwi reads ``word`` alone as a prefix and a noun: "고혈압" (고 + 혈압), "무허가"."""
    tokens, _ = _kiwi().analyze(word, top_n=1)[0]
    return [t.tag[:2] for t in tokens] == ["XP", "NN"]


def _whole_word_names(text: str) -> Iterator[Span]:
    """A word of a surname and two given-name syllables, whatever Kiwi makes of it in its
    sentence ("재해자: 최영수(남", "2. 안광호 - 요통", "석용철, 그리고"), unless Kiwi reads the
    word alone as a common noun (in either spelling: "로동자"), or as a word with a
    particle, an ending, a verb, a prefix or suffix or a numeral in it ("임금은", "천만원",
    "고혈압"). In the development corpora such words are names 523 times in 550; the rest
    are mostly towns and districts, which the place rules find with a higher score."""
    places = gazetteer.load()
    for match in _THREE_SYLLABLES.finditer(text):
        word = match.group()
        if not _looks_like_a_name(word) or places.country(word[:2]):
            continue  # not "조선서", in Korea
        tokens, _ = _kiwi().analyze(word, top_n=1)[0]
        if any(t.tag.startswith(_NOT_IN_NAMES) for t in tokens):
            continue
        if _known_noun(word, _RARE_NOUN) or _known_noun(southern_spelling(word), _RARE_NOUN):
            continue
        yield Span("PERSON", match.start(), match.end(), 0.5)


def _name_before_suffix(analysed: list[Any], index: int) -> Iterator[Span]:
    """The given name before the familiar suffix 이 Kiwi tags XSN ("광남이가" → "광남")."""
    end = analysed[index].start
    start = end
    for token in reversed(analysed[:index]):
        if token.start + token.len != start or not has_hangul(token.form):
            break
        start = token.start
    if end - start == 2 and start < end:
        yield Span("PERSON", start, end, 0.55)


@functools.cache
def _known_place_pattern() -> re.Pattern[str]:
    regions = [
        name
        for table in (gazetteer.REGIONS, ADMIN_REGIONS)
        for names in table.values()
        for name in names
        if has_hangul(name)
    ]
    names = sorted({*gazetteer.KOREAN_PLACE_NAMES, *regions}, key=len, reverse=True)
    return re.compile("(?<![가-힣])(?:" + "|".join(map(re.escape, names)) + ")")


def _transliterated(text: str, softened: str, analysed: list[Any]) -> Iterator[Span]:
    """Foreign names written in Hangul, known by their endings: Arabic family names with the
    article ("칼리드 알아즈미"), Russian and Polish surnames and patronymics ("이고리
    바실리예비치", "야누시 코발스키"), Mongolian names ("에르덴수렌", "바트바야르"), Russian
    towns in -sk, -burg, -grad, -ovka ("콤소몰스크", "미하일롭카"; not "모스크", a mosque:
    two syllables at least before the ending). The endings are read in ``softened`` ("빅또르
    쉐브첸코")."""
    nouns = {t.start: t for t in analysed if t.tag[0] == "N"}
    for match in _ARABIC_NAME_KO.finditer(text):
        family = nouns.get(match.start("family"))  # "알" as a noun, not the verb "알다"
        if family is not None and family.len >= _MIN_ARABIC_FAMILY:
            yield Span("PERSON", match.start(), family.start + family.len, 0.7)
    places = gazetteer.load()
    for match in _FOREIGN_ENDING_KO.finditer(softened):
        kind = "PLACE" if match.group("town") else "PERSON"
        given = match.group("given")
        # "사할린 코르사코프" is a region and a town, not a given name and a surname
        # a Mongolian name is one word: "감독은 에르덴수렌" has no given name before it
        with_given = (
            kind == "PERSON"
            and given
            and not match.group("mongolian")
            and places.lookup(given) is None
        )
        start = match.start("given") if with_given else match.start("word")
        yield Span(kind, start, match.end("word"), 0.7)


_MIN_ARABIC_FAMILY = 3
# A given name, then the article 알 fused to the family name: "하마드 알부사이디".
_ARABIC_NAME_KO = re.compile(r"(?<![가-힣])[가-힣]{2,4}\s(?P<family>알[가-힣]{2,5})")
_FOREIGN_ENDING_KO = re.compile(
    r"(?<![가-힣])(?:(?P<given>[가-힣]{2,4})\s)?(?P<word>[가-힣]{2,6}?"
    r"(?:(?P<person>예비치|오비치|에비치|비치|예브나|오브나|브나|스키|스카야|츠키|예프|오프|코프|첸코)"
    r"|(?P<mongolian>수렌|게렐|사이한|바야르|바타르|바토르|체첵|자르갈|오치르|도르지)"
    r"|(?P<town>스크|부르그|부르크|그라드|롭카|옵카|예프카|옙카|예브카)))"
    r"(?=[\s.,:;)]|$|[이가은는을를의에와과도로였])"
)


def _known_places(softened: str, analysed: list[Any]) -> Iterator[Span]:
    """Our table of Hangul towns and regions, any Hangul word (less its particle) the
    gazetteer knows as a town, read in ``softened`` text ("블라디보스또크에", "싸할린"), and
    Chinese towns in their Korean reading or Hangul spelling ("가목사에서", "유하현", "단둥에");
    not a word Kiwi reads as one verb and its endings ("안다", I know, is no Anda; "보러",
    to see, no Bole)."""
    for match in _known_place_pattern().finditer(softened):
        yield Span("PLACE", match.start(), match.end(), 0.75)
    places = gazetteer.load()
    starts = [t.start for t in analysed]
    for match in _HANGUL_RUN.finditer(softened):
        if _a_verb(analysed, starts, match.start(), match.end()):
            continue
        after = softened[match.end() : match.end() + _VERB_REACH]
        for stem in _stems(match.group()):
            if _people_or_language(stem, places):
                break  # "아랍 사람"
            town = len(stem) >= _MIN_TOWN_SYLLABLES and places.lookup(stem) is not None
            if town or _chinese_town(stem, match.group(), after, places):
                yield Span("PLACE", match.start(), match.start() + len(stem), 0.7)
                break


def _a_verb(analysed: list[Any], starts: list[int], start: int, end: int) -> bool:
    """Kiwi reads the word at ``start`` as one verb stem and its endings, closing a sentence
    or a clause, perhaps with a particle ("안다", "보러", "보러는"); not a contraction of two
    ("오란": 오라고 한), nor a word that holds a noun ("진강")."""
    inside = analysed[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    endings = [t.tag for t in inside[1:] if t.tag[0] == "E"]
    return (
        len(inside) > 1
        and inside[0].tag[0] == "V"
        and all(t.tag[0] in "EJ" for t in inside[1:])
        and bool(endings)
        and endings[-1] in ("EF", "EC")
    )


def _listed_given_names(text: str, found: list[Span]) -> list[Span]:
    """Given names of name syllables in a list of people, where another person was ``found``
    in the same sentence: "우리 방에 나, 순옥이, 향미 그리고 리정화 동무" ("향미" is also a
    flavour; a list of three or more with a name in it makes it a name)."""
    names = []
    people = Coverage(text, (s for s in found if s.type == "PERSON"))
    covered = Coverage(text, found)
    for sentence in _SENTENCE.finditer(text):
        start, end = sentence.span()
        if not people.overlaps(start, end) or sentence.group().count(",") < _MIN_LIST_COMMAS:
            continue
        for item in _LIST_ITEM.finditer(text, start, end):
            given = item.group("given")
            taken = covered.overlaps(*item.span("given"))
            if (
                not taken
                and all(ch in GIVEN_SYLLABLES for ch in given)
                and given not in _WORDS_FOR_PEOPLE
            ):
                names.append(Span("PERSON", item.start("given"), item.end("given"), 0.55))
    return names


_SENTENCE = re.compile(r"[^.!?\n]+")
_WORDS_FOR_PEOPLE = ROLES | PERSON_WORDS | FAMILY | set(HONORIFICS)
_MIN_LIST_COMMAS = 2
# an item of a list: two syllables, perhaps with the suffix 이, between commas or before 그리고
_LIST_ITEM = re.compile(
    r"(?:(?<=,\s)|(?<=그리고\s)|(?<=하고\s))(?P<given>[가-힣]{2})이?(?=,|\s그리고|\s하고|[.!?]|$)"
)


def _towns_by_sound(text: str, found: list[Span]) -> list[Span]:
    """Towns spelled in Hangul by their sound, in words Kiwi does not know and no other rule
    ``found``: of a country the answer names ("라오스는 보텐, 루앙남타", "캄보디아 ... 씨엠립
    식당에서"), or of any focus country before a place particle ("치앙콩으로 갔어요"; "콩", a
    bean, is no known word of two syllables)."""
    places = gazetteer.load()
    countries = set(places.countries_in(text))
    runs = list(_HANGUL_RUN.finditer(text))
    for match in runs:
        country = next(filter(None, map(places.country, _stems(match.group()))), None)
        if country:
            countries.add(country)
    named = frozenset(countries)
    towns = []
    covered = Coverage(text, found)
    for match in runs:
        if covered.overlaps(*match.span()):
            continue
        if any(places.country(stem) for stem in _stems(match.group())):
            continue  # "뽈스까와": Poland, spelled the North Korean way, and a particle
        for stem in _stems(match.group()):
            # a place particle makes a town of any focus country likely: "치앙콩으로 갔어요"
            particle = match.group()[len(stem) :] in _PLACE_PARTICLES
            countries_meant = places.focus_countries if particle else named
            if places.town_by_sound(stem, countries_meant) and _unknown_word(stem):
                towns.append(Span("PLACE", match.start(), match.start() + len(stem), 0.65))
                break
    return towns


# where a district after its town is: a place particle or a word for a site after it
_SITE_NOUNS = ("숙소", "합숙소", "기숙사", "현장", "공사장", "공장", "캠프", "지역", "근처", "쪽")
_DISTRICT_AFTER = re.compile(r"\s(?P<word>[가-힣]{2,6})")


def _districts_after_towns(text: str, found: list[Span]) -> list[Span]:
    """A word Kiwi does not know right after a town found, where a place particle or a word
    for a site follows it: a district ("두바이 알쿠즈 숙소", "대련 얼롄에서"); not an
    institution whose common noun ends the word ("심양 총령사관에": 사관)."""
    districts = []
    for span in found:
        if span.type != "PLACE" or not (match := _DISTRICT_AFTER.match(text, span.end)):
            continue
        word = match.group("word")
        after = text[match.end() :].lstrip()
        for stem in _stems(word):
            tail = word[len(stem) :]
            sited = tail in _PLACE_PARTICLES or (not tail and after.startswith(_SITE_NOUNS))
            if (
                sited
                and len(stem) >= 2
                and _unknown_word(stem)
                and not any(_known_noun(stem[cut:]) for cut in range(1, len(stem) - 1))
            ):
                start = match.start("word")
                districts.append(Span("PLACE", start, start + len(stem), 0.6))
                break
    return districts


def _unknown_word(word: str) -> bool:
    """Whether Kiwi reads ``word`` as nouns it does not know (far rarer than the rare words
    of its dictionary, "벌목" and "번호판" among them), none a word of two syllables or more,
    the word is no common noun spelled the North Korean way ("려권"), and no common noun it
    knows well begins it ("구류소", "유로밖")."""
    for spelling in {word, southern_spelling(word)}:
        tokens, _ = _kiwi().analyze(spelling, top_n=1)[0]
        if not all(t.tag[0] == "N" and not (t.len >= 2 and t.score >= _UNKNOWN) for t in tokens):
            return False
    # Kiwi reads compounds of known words as one unknown word: "구류소", "유로밖"
    return not any(_known_noun(word[:cut]) for cut in range(2, len(word)))


def _compound_noun(word: str) -> bool:
    """Two common nouns Kiwi knows well, of two syllables or more each ("봉제" + "공장"), or
    one and the syllable of a fee ("회의비", "선발비", "숙박료")."""
    return any(
        _known_noun(word[:cut]) and _known_noun(word[cut:]) for cut in range(2, len(word) - 1)
    ) or (len(word) >= 3 and word[-1] in "비료" and _known_noun(word[:-1]))


def _known_noun(word: str, floor: float = _RARE) -> bool:
    """Whether Kiwi reads ``word`` alone as one common noun scoring ``floor`` or above: one it
    knows well ("구류", "식당"), or with ``_RARE_NOUN`` any word of its dictionary ("이민국";
    not a name it takes for a common noun: "려성진", "홍명길")."""
    tokens, _ = _kiwi().analyze(word, top_n=1)[0]
    return len(tokens) == 1 and tokens[0].tag == "NNG" and tokens[0].score >= floor


_UNKNOWN = -20.0


def _chinese_town(stem: str, word: str, after: str, places: gazetteer.Gazetteer) -> bool:
    """A Chinese town in its Korean reading or spelling, ``stem`` of the Hangul ``word``:
    with its unit ("통화시", "유하현"), or bare unless Kiwi reads the word as a common
    word of its dictionary, perhaps with a particle ("가목사", "동항", "대련", "단둥에서";
    not "통화", a call, "항구", a port, "건설로", "오십"), or reads no word ending where
    the stem does ("아바이", a dialect word, is not the town 아바 and a particle). A common
    word is a town all the same where it is where one was, lived or worked: the particle
    에 or 에서 and such a verb ``after`` the word ("위해에 있다가", "대안에서 일했어요").

    Not cached: a cache would keep the names of one interview in memory for the next."""
    if stem not in places.chinese:
        return places.chinese_town(stem) is not None
    if stem != word:
        tokens, _ = _kiwi().analyze(word, top_n=1)[0]
        if not any(token.start == len(stem) for token in tokens):
            return False
    tokens, _ = _kiwi().analyze(stem, top_n=1)[0]
    if all(token.tag == "NR" for token in tokens):
        return False  # a number: "오십"
    first = tokens[0]
    rest = stem[first.start + first.len :]
    known = first.start == 0 and first.tag != "NNP" and first.score >= _RARE
    if known and word[len(stem) :] in _LOCATIVE and _STAYED.match(after):
        return stem not in _WHERE_ONE_WORKS
    return not (known and (not rest or _ENDING.fullmatch(rest)))


_VERB_REACH = 8
_LOCATIVE = frozenset({"에", "에서", "에서는", "에도", "에서도"})
_STAYED = re.compile(r"\s*(?:있|살|다니|일|머물|지내|도착|숨어)")
# common words for where one lives and works, read like Chinese towns: "회사에 있었어요"
_WHERE_ONE_WORKS = frozenset(
    """
    회사 광산 집안 공장 현장 시장 학교 병원 항구 부두 농장 시내 고향 기숙사 사무실 대사관 식당
    """.split()  # noqa: SIM905
)


def _stems(word: str) -> Iterator[str]:
    """``word``, then ``word`` less each particle or copula that may end it, longest first:
    "나홋까로" → "나홋까로", "나홋까"; "무스타파였고" → …, "무스타파"."""
    yield word
    for cut in range(len(word) - 1, 1, -1):
        if _ENDING.fullmatch(word, cut):
            yield word[:cut]


_MIN_TOWN_SYLLABLES = 3
_HANGUL_RUN = re.compile(r"(?<![가-힣])[가-힣]{2,}")
# particles and copulas after a name: "비엔티안에서", "라주가", "장웨이였는데", "카림이라고"
_ENDING = re.compile(
    r"에서부터|에서|에게|으로|로|까지|부터|이라는|라는|에는|에|의|은|는|이|가|을|를|와|과|도|만"
    r"|(?:였|이었|이였|이고|이며|인데|이에|예요|입니|이다|이라|라고)[가-힣]*"
)


def _without_common_tail(form: str) -> str:
    """A proper noun of words less its last word when that is a common noun Kiwi knows well
    ("그단스크 조선소" → "그단스크", a shipyard)."""
    head, _, tail = form.rpartition(" ")
    return head if head and _known_noun(tail) else form


def _people_or_language(form: str, places: gazetteer.Gazetteer) -> bool:
    """A people ("아랍", "한족", "몰타인") or a language ("영어", "러시아어", "몽골말"), which Kiwi
    may call proper nouns: research value, never a name or a town."""
    if form in FOREIGN_PEOPLE or form in _LANGUAGES or gazetteer.is_demonym(form):
        return True
    stem = form.removesuffix("어").removesuffix("말")
    return stem != form and (places.country(stem) is not None or stem in FOREIGN_PEOPLE)


_LANGUAGES = frozenset({"영어", "한어", "로어", "조선말", "조선어", "한국말", "한국어"})


def _is_place(form: str, suffix: str, places: gazetteer.Gazetteer) -> bool:
    if places.lookup(form) is not None or places.lookup(form + suffix) is not None:
        return True
    return suffix in _PLACE_PARTICLES or suffix in _PLACE_SUFFIXES


def _common_words(text: str, span: Span) -> bool:
    """A unit glued to a number ("3천원"), a country and its particle ("캄보쟈에"); a person
    found in a number ("오십도", fifty degrees) or in common nouns spelled the North Korean
    way: one noun ("려권": 여권, a passport) or nouns the span ends inside ("로동허" of
    "로동허가": 노동허가, a work permit, not a Mr 로 and a particle); not "리영철", nor
    "리성민" (이성 and 민 end where the span does: a name may hold a word)."""
    if text[span.start - 1 : span.start].isdigit():
        return True  # a unit or a currency after a number: "3천원", "2,840바트"
    if any(gazetteer.load().country(stem) for stem in _stems(text[span.start : span.end])):
        return True  # a country and its particle: "캄보쟈에"
    word = _HANGUL_RUN.match(text, span.start)
    if span.type != "PERSON" or word is None:
        return False
    length = span.end - span.start
    tokens, _ = _kiwi().analyze(word.group(), top_n=1)[0]
    # a number, unless it holds 영 (zero), which no Sino-Korean numeral of several syllables
    # holds but many given names do ("백영호" is no hundred and zero)
    if all(t.tag in ("NR", "NNB") for t in tokens if t.start < length) and not (
        length > 1 and "영" in text[span.start : span.end]
    ):
        return True
    south = southern_spelling(word.group())
    if south == word.group():
        return False
    tokens, _ = _kiwi().analyze(south, top_n=1)[0]
    covering = [t for t in tokens if t.start < length]
    if any(t.tag != "NNG" or t.score < _RARE for t in covering):
        return False  # Kiwi calls any word it does not know a rare common noun
    last = covering[-1]
    return last.start + last.len > length or (len(covering) == 1 and last.len == length)
