"""The real engine: offsets, deny and allow lists, bad input, no network, the eval targets."""

from __future__ import annotations

import socket

import pytest

from intake.errors import RedactionError
from intake.redaction import PseudonymMap


def test_findings_point_into_the_original_text(redactor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "I was sent to Russia in 2012 with An Myong-gil, we lived in Ussuriysk, call 010-4821-7735."
    )
    result = redactor.redact(text, pseudonyms=PseudonymMap())
    spans = {text[f.start : f.end]: f for f in result.findings}
    assert set(spans) == {"An Myong-gil", "Ussuriysk", "010-4821-7735"}
    assert result.text == (
        "I was sent to Russia in 2012 with [PERSON-1], we lived in [CITY, Russia], call [PHONE]."
    )


def test_pseudonyms_carry_across_answers_of_one_interview(redactor) -> None:  # type: ignore[no-untyped-def]
    names = PseudonymMap()
    first = redactor.redact("Pak Song-il was our manager.", pseudonyms=names).text
    second = redactor.redact("Later Ri Yong-ho and Pak Song-il fought.", pseudonyms=names).text
    assert first == "[PERSON-1] was our manager."
    assert second == "Later [PERSON-2] and [PERSON-1] fought."


def test_deny_list_wins_in_every_form_and_allow_list_is_never_redacted(redactor) -> None:  # type: ignore[no-untyped-def]
    text = "my cousin BORIS-GLEB worked with borisgleb and Boris Gleb at Rungrado"
    result = redactor.redact(
        text, pseudonyms=PseudonymMap(), deny=["Boris Gleb"], allow=["Rungrado"]
    )
    assert "oris" not in result.text.replace("[", "").lower()
    assert "Rungrado" in result.text
    hangul = redactor.redact("순남이가 왔어요", pseudonyms=PseudonymMap(), deny=["순남"])
    assert "순남" not in hangul.text


def test_an_address_absorbs_the_names_inside_it_and_room_39_is_kept(redactor) -> None:  # type: ignore[no-untyped-def]
    text = "Room 39 sent money; we lived on ulitsa Lermontova, dom 8, kvartira 14 in Artyom"
    result = redactor.redact(text, pseudonyms=PseudonymMap())
    assert result.text == "Room 39 sent money; we lived on [ADDRESS-1] in [CITY, Russia]"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "\x00\x07\x1b[31m Kim Chol-su \x7f",
        "김철호 met Иван in 北京 at 14 March 2011 😀",
    ],
)
def test_bad_input_gives_a_result(redactor, text: str) -> None:  # type: ignore[no-untyped-def]
    result = redactor.redact(text, pseudonyms=PseudonymMap())
    assert isinstance(result.text, str)
    for finding in result.findings:
        assert 0 <= finding.start < finding.end <= len(text)


def test_long_text(redactor) -> None:  # type: ignore[no-untyped-def]
    text = ("We worked in Vladivostok with Kim Chol-su for years. " * 2000)[:100_000]
    result = redactor.redact(text, pseudonyms=PseudonymMap())
    assert "Kim Chol-su" not in result.text and "Vladivostok" not in result.text


def test_non_string_and_unknown_language_are_refused(redactor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RedactionError):
        redactor.redact(b"bytes", pseudonyms=PseudonymMap())
    with pytest.raises(RedactionError):
        redactor.redact("hello", lang="fr", pseudonyms=PseudonymMap())


def test_no_network_is_touched(redactor) -> None:  # type: ignore[no-untyped-def]
    """The fixture forbade the network before loading; e-mail checks still work offline."""
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80), timeout=1)
    result = redactor.redact("mail me at kgc.vlad@mail.ru", pseudonyms=PseudonymMap())
    assert result.text == "mail me at [EMAIL]"


def test_dev_corpus_meets_the_targets(dev_report) -> None:  # type: ignore[no-untyped-def]
    assert dev_report.leak_rate("en") <= 0.02
    assert dev_report.keep_rate("en") >= 0.90
    assert dev_report.leak_rate("ko") <= 0.15


@pytest.mark.parametrize(
    ("text", "redacted", "kept"),
    [
        # a spaCy entity loses the common words and nationalities at its edges
        ("Jebel Ali free zone, then Dubai", ["Jebel Ali"], ["free zone"]),
        ("The Azerbaijani boss, Elchin, paid us", ["Elchin"], ["Azerbaijani"]),
        # a name is widened over a neighbouring word that is no English word
        ("the restaurant in Tuol Tom Poung was small", ["Tuol"], ["restaurant"]),
        # a web address with a path holds the names inside it
        ("my account is instagram.com/sibu_jin now", ["sibu_jin"], []),
        # a large town in lower case whatever the tagger guesses; a nationality as a title
        (
            "her name is sun-ok, she's from hamhung, worked in the shirt factory",
            ["hamhung"],
            ["shirt factory"],
        ),
        (
            "the Uzbek foreman Rustam Karimov and the Tajik Farrukh",
            ["Farrukh", "Rustam"],
            ["Uzbek", "Tajik"],
        ),
        # first-level regions of the focus countries, bare or with their kind word
        (
            "a camp in Amur, then Sverdlovsk oblast, Sichuan and Selangor; he was from Komi",
            ["Amur", "Sverdlovsk", "Sichuan", "Selangor", "Komi"],
            ["camp", "oblast"],
        ),
        (
            "길림성 도문에서 살다가 연해주로 갔고 경상북도 출신을 만났어요",
            ["길림성", "연해주", "경상북도"],
            ["출신"],
        ),
        # a region's name as an English word stays a word; countries stay
        (
            "my hair had a perm, the hail in Russia and China was bad",
            [],
            ["perm", "hail", "Russia", "China"],
        ),
        # a large town at the start of a sentence, whatever the tagger guesses; words stay
        (
            "Malabo, on the coast, was hot. Nice to meet you. Reading was hard. Bath was cold.",
            ["Malabo"],
            ["Nice", "Reading", "Bath"],
        ),
        # typing slips in towns; a town named like a word stays a word
        ("we went to Khabarovks and then to a Star hotel", ["Khabarovks"], ["Star"]),
        # ordinal dates go, years and months stay
        (
            "I left on the fifteenth of April 2016, in May 2017 I came back",
            ["fifteenth"],
            ["May 2017"],
        ),
        # brands and newspapers are kept, also when a name rule would widen into them
        (
            "Samsung phones, money through Sberbank, we read Rodong Sinmun",
            [],
            ["Samsung", "Sberbank", "Rodong Sinmun"],
        ),
        # in lower-case answers unknown words go, loanwords and peoples stay
        (
            "the foreman was budi santoso, he said yalla yalla. our songbun was bad. "
            "a buryat driver took us to kilamba",
            ["budi", "santoso", "kilamba"],
            ["yalla", "songbun", "buryat"],
        ),
        # names with tone marks are read without them; a town with an accent stays a town
        (
            "the boss was zhōu měilíng, the cook gāo xiùlán. then in Thiès, in Senegal",
            ["zhōu", "měilíng", "gāo", "xiùlán", "Thiès"],
            ["Senegal"],
        ),
        # towns in North Korean spelling, Chinese names in Han characters
        (
            "처음엔 블라디보스또크, 그담엔 나홋까로 갔시요. 라오스 비엔티안에서 사장 金志强을 만났어요",
            ["블라디보스또크", "나홋까", "비엔티안", "金志强"],
            ["라오스"],
        ),
        # names the Korean model hardly knows after a foreign nationality and a person word
        (
            "방글라데시 친구 카림, 인도 사람 운전수 라주가, 이집트 사람 무스타파였고, "
            "에티오피아 사람 아베베 기르마. 중국 사람 많이 왔고 러시아 사람 집에서 잤고 "
            "중국 공장장이 교회에 갔어요",
            ["카림", "라주", "무스타파", "아베베", "기르마"],
            ["방글라데시", "인도", "이집트", "중국", "많이", "러시아", "집에서", "공장장", "교회"],
        ),
        # leaders, ranges of years, nationalities, Hangul terms
        (
            "Kim Jong Un visited in 2009-2012; the Zimbabweans and Nepali workers",
            [],
            ["Kim Jong Un", "2009-2012", "Zimbabweans", "Nepali"],
        ),
        (
            "남조선 사람을 만나면 보고하라고 했어요. 인민반장이 왔고 태양절에 쉬었어요",
            [],
            ["남조선", "인민반장", "태양절"],
        ),
        # every country by its Korean name, and its people; a town after its country
        (
            "몰타에서 일했어요. 네덜란드 농장에도 갔고 몰타인 감독, 체코 사람들이 있었어요",
            [],
            ["몰타에서", "네덜란드", "몰타인", "체코 사람들"],
        ),
        ("오빠가 콩고 킨샤사 현장에 있었어요", ["킨샤사"], ["콩고"]),
        # the districts of Ulaanbaatar are regions of Mongolia
        (
            "a building site in Khan-Uul, then Bayanzurkh district",
            ["Khan-Uul", "Bayanzurkh"],
            ["Mongolia"],
        ),
        # a form's label is no name, and so not redacted where it recurs
        (
            "Chinese mobile of the Joseonjok landlord in Wangqing. Landlord: Nam Chun-ja.",
            ["Nam Chun-ja"],
            ["landlord in", "Landlord:"],
        ),
        # towns of the route out through Vietnam and Thailand, in lower case, of words like
        # "long" and "son" after a preposition of place; not "a long way"
        (
            "we took the bus to lang son, then from mae sai to chiang rai. a long way",
            ["lang son", "mae sai", "chiang rai"],
            ["long way"],
        ),
        # a dialling code is no part of a name: the phone number is redacted whole
        ("then bus to huay xai. phone +856 20 2847 6610.", ["2847", "6610"], ["phone"]),
        # the particle before a surname goes with it
        ("Dear Mrs. van Dijk, the boss mr. van der Berg", ["van"], ["Dear Mrs."]),
        # a bank number read in part as a phone is redacted whole; a date stays a date
        ("NIB 0033 0000 4532 1188 9010 5, paid on 12/05/2019", ["1188", "9010"], ["May 2019"]),
        # Chinese towns in their Korean reading, bare or with their unit; not common words
        (
            "가목사에서 3년 일했어요. 통화시 유하현 출신이고 동항 수산물공장에 다녔어요",
            ["가목사", "통화시", "유하현", "동항"],
            ["수산물공장"],
        ),
        (
            "통화가 안 됐어요. 집안 사정 때문에 돈을 위해 항구로 갔고 건설로 옮겼어요. 오십 명",
            [],
            ["통화가", "집안", "위해", "항구로", "건설로", "오십"],
        ),
        # Chinese towns spelled by their sound; not a dialect word holding one ("아바이")
        (
            "쿤밍에서 징훙까지 버스, 멍라에서 하루 잤어요. 창수 삼촌이 단둥시에 살아요",
            ["쿤밍", "징훙", "멍라", "단둥시"],
            ["삼촌이"],
        ),
        # spellings with tense consonants, which recognizers read softened
        ("쑤저우 공장에 있다가 쯔보로 갔어요", ["쑤저우", "쯔보"], ["[CITY, 중국] 공장에"]),
        ("아바이, 아주머니, 그렇게만 불렀어요", [], ["아바이"]),
        # a town read like a common word, where one was or worked; not a company or a home
        ("처음엔 위해에 있다가, 동생은 대안에서 일했어요", ["위해", "대안"], ["처음엔"]),
        ("돈을 위해 일했어요. 회사에 있었고 집안에 있었어요", [], ["위해", "회사에", "집안에"]),
        # towns spelled by their sound: of a country named, or before a place particle
        (
            "라오스는 보텐, 루앙남타. 밤에 치앙콩으로 갔어요. 캄보디아 씨엠립 식당",
            ["보텐", "루앙남타", "치앙콩", "씨엠립"],
            ["라오스", "캄보디아", "식당"],
        ),
        ("라오스에서 벌목, 번호판, 려권은 회사가 가져갔어요", [], ["벌목", "번호판", "려권"]),
        # a common noun Kiwi reads into a place name, peoples and languages, a rarer noun
        (
            "폴란드 그단스크 조선소에서 일했어요. 아랍 사람, 영어 조금, 몽골말로. 태국 이민국 수용소",
            ["그단스크"],
            ["조선소", "아랍 사람", "영어", "몽골말", "이민국 수용소"],
        ),
        ("쏘련 때부터 있던 합숙소였소. 방글라데시 사람 라힘이 왔고", ["라힘"], ["쏘련", "합숙소"]),
        ("폴란드 그단스크 조선소도 있었어요", ["그단스크"], ["조선소도"]),
        # a word for build, age or kin before any name makes one nickname; a relative is not
        (
            "we called him Big Kim; old man Pak, uncle kwon, Tall Ri, 'fat pak', Uncle Misha and a"
            " small Huawei",
            ["Big", "old man", "uncle", "Tall", "fat", "Uncle", "Kim", "Pak", "kwon", "Misha"],
            ["we called him", "small Huawei"],
        ),
        ("my uncle Kwon came, her aunt Sveta too", ["Kwon", "Sveta"], ["my uncle", "her aunt"]),
        (
            "we called her auntie lena; mr camilleri paid, ms. bang? no",
            ["auntie", "lena", "camilleri", "bang"],
            ["we called her", "mr", "ms."],
        ),
        # Hong Kong is a town in China; old names of cities of millions; a town of ours in a
        # sign's name
        (
            "registered in Hong Kong (Wanchai); at Chittagong outer anchorage; a sign 'Sinpo "
            "Fishery Enterprise'",
            ["Hong Kong", "Wanchai", "Chittagong", "Sinpo"],
            ["[CITY, China]"],
        ),
        # towns whose Hangul names are short: two or three syllables
        (
            "그 다음엔 슈체친 조선소에서 일했고 힘키에서 살았어요",
            ["슈체친", "힘키"],
            ["조선소에서"],
        ),
        ("My friend also came to England, he lives in Croydon", ["Croydon"], ["England"]),
        # the tenth round (dev20): a noun starting a sentence, a representative, app names,
        # a holiday, a label before its number, a Russian dormitory, a recurring surname
        (
            "Our leader was Kang. Passport collected at the airport by Representative Ryang.",
            ["Kang", "Ryang"],
            ["Passport", "Representative"],
        ),
        (
            "mi-ran: unnie its me, on Zalo. The line manager, on the Harvest Moon day, for Posting 2",
            ["mi-ran"],
            ["unnie", "Zalo", "line manager", "Harvest Moon", "Posting 2"],
        ),
        (
            "arrived Doha 14 Aug 2012; ul. Russkaya 57, obshchezhitie 2, room 214",
            ["Doha", "obshchezhitie"],
            [],
        ),
        (
            "the middleman was Sun Hongwei. Through his bank. Sun took 30 percent. We grew pak choi",
            ["Sun"],
            ["30 percent", "pak choi"],
        ),
        (
            "'Juche 104, 9th month, 17th day'; on the 3rd day of the 2nd lunar month; 음력 3월 초닷새",
            ["17th day", "3rd day", "초닷새"],
            ["[DATE, September 2015]"],
        ),
        # Korean: common nouns with particles, compounds, a name given as a name, a Vietnamese
        # name, a nickname after 별명; a town is no compound ("카트"+"만두")
        (
            "아들 여권번호는 적어 뒀어요. 여권은 지배인이. 충성자금을 냈고 봉제공장에서. 그 사람 이름이 "
            "카림이었대요. 매니저가 응우옌 반 똔. 보위지도원 별명 '키다리'. 네팔 카트만두에서 2020년 코로나",
            ["카림", "응우옌 반 똔", "키다리", "카트만두"],
            ["여권번호는", "여권은", "충성자금", "봉제공장", "코로나", "네팔"],
        ),
        # the tenth round (dev21): official country names, holidays, a title before a name
        # after "called", a year at the end of an entity, a line break, a URL cut short,
        # a date inside a number, chat dates, a count after a street, a capitalised run
        (
            "I now live in the Republic of Korea. At Easter the chief was called Director Kwon, "
            "the captain was called Captain Wang Fuqiang, and we called her Mother Hen.",
            ["Kwon", "Wang", "Hen"],
            ["Republic of Korea", "Easter", "Director", "Captain"],
        ),
        (
            "drove NK workers Sakhalin 2014-17, real name maybe Kang Myong-jin\n- W saw it. "
            "A job advert: http://web.archive.example/2015/kw-jobs/ad4471 .",
            ["Sakhalin", "Kang", "archive"],
            ["2014-17", "- W saw"],
        ),
        (
            "Emergency Department. Admitted 03/12/2018 02:15; hospital on ul. Arkońska, 3 days."
            "\n[08.03] brother are you alive\n14.07 23:10 'Sergei here'\nnotes 11/4 (tel.)",
            ["03/12", "Arkońska", "08.03", "14.07", "11/4"],
            ["Emergency Department", "3 days", "23:10"],
        ),
        (
            "성명: 정금희\n담당의: 윤세라\n2018년 3월 3일부터 7일까지. 왕 사장은 왕리밍이었어요. "
            "우리 기사장은 한영국. 석도는 산둥성 스다오. 배에서 책임자는?",
            ["정금희", "윤세라", "7일", "리밍", "한영국", "산둥성"],
            ["기사장", "사장은", "배에서 책임자"],
        ),
        # a district after its town, where a place particle or a site follows; an institution
        (
            "두바이 알쿠즈 숙소에서 있었어요. 심양 총령사관에 있다가 단동으로 왔시요",
            ["알쿠즈"],
            ["숙소에서", "총령사관"],
        ),
        # a name is widened over a neighbour in any Latin alphabet; a plate after its word
        (
            "Statement of Ionuț-Cătălin Dobre, welder. Bus plate N 4412 W. The plate was gone.",
            ["Ionuț", "4412"],
            ["welder", "The plate was gone"],
        ),
        # dev23: Korean dotted dates with spaces, a quoted Latin name before a particle, an
        # account holder, an interjection, a dot that ends a sentence after a title word
        (
            '상담 2023. 5. 17. 이후. 가짜 이름 "Kevin Park"으로. 예금주 정경희. 오늘',
            ["17", "Kevin", "정경희"],
            ["상담", "가짜 이름", "예금주"],
        ),
        ("He met a friend. Oh, everybody laughed. Dr. Kim came", ["Kim"], ["Oh, everybody"]),
        ("What did we dream about? Rice. Only rice. Kang came later", ["Kang"], ["Rice."]),
        # dev22: a dated line in notes, a date with dots and spaces, "calls himself", a
        # handle after a messenger inside a spaCy entity, a letter's signature
        (
            "Hunchun 14.9 - met Mr Jin. A cousin calls himself Lao Gao. 'On 15. 4. 2005 they "
            "came.' Send it via Telegram @ycloud_89. 편지합니다. 김향란 드림",
            ["14.9", "Gao", "15. 4.", "ycloud", "김향란"],
            ["Telegram", "드림"],
        ),
        # the twelfth round (dev26): an ellipsis before a word is no web address; a city of
        # millions is no person; a phone in digits has seven; a quoted titled nickname
        (
            "R: ...and then near Ho Chi Minh City. Amount 46,800.00 CNY, 'Manager Jang' paid.",
            ["Ho Chi Minh", "Jang", "Manager"],
            ["...and then", "[CITY, Vietnam]", "46,800.00 CNY"],
        ),
        # a number runs on over letter and digit groups joined to it; "Jin Hua" is a name
        # though Jinhua is a city
        (
            "Permits: 371100-2019-F-0392. 603 - interpreter Jin Hua (Chinese), mobile. He was in"
            " Rostov-on-Don. His invoices, numbered EP-041 to EP-079.",
            ["0392", "Jin", "Hua", "Rostov", "EP-041", "EP-079"],
            ["Permits", "Chinese", "[CITY, Russia]"],
        ),
        # a spaCy name loses a short number and an abbreviation at its edges, so the phone
        # after it is found whole, and "b. 1982" is no name
        (
            "Contact Manager Jin 150 4433 8765. Interview with R-12 (male, b. 1982, from Hamhung)",
            ["Jin", "150", "4433", "Hamhung"],
            ["Manager", "b. 1982"],
        ),
        # no name holds a digit ("s.35" is a section of a law); a court's case number in
        # Korean form; a day and month glued to a reference are part of it
        (
            "(IPO ref. 1077/19): the s.35 interview. Case 2022가합581204. Ref. W240 2231456-1/22E",
            ["1077", "581204", "2231456"],
            ["the s.35 interview"],
        ),
        # initials and a surname are a person, not a park; a given name spelled "woo"; a list
        # item with an institution's word or a title is no name
        (
            "From: J. Park, Vol. Tae-woo. Bat-Erdene Tsolmon, Advocate, Mongolian Bar Association",
            ["Park", "Tae-woo", "Tsolmon"],
            ["Advocate, Mongolian Bar Association"],
        ),
        # a label's colon ends no name: spaCy's "Reader 1: Ha" is a label and an interjection
        (
            "Reader 1: Ha, you think they get the 700 dollars? Driver: Sergei Ivanov",
            ["Sergei", "Ivanov"],
            ["Reader 1: Ha, you think"],
        ),
        # a company with its legal form is an organisation and is kept with the names in it;
        # the same name outside it, or a company without a legal form, is still found
        (
            "Altan Barilga LLC hired us through OOO 'Vostok-Monolit' and Armex Sp. z o.o.; the"
            " foreman Kim Chol-ho took our pay. I met Bat-Erdene in Ulaanbaatar.",
            ["Kim Chol-ho", "Bat-Erdene", "Ulaanbaatar"],
            ["Altan Barilga LLC", "OOO 'Vostok-Monolit'", "Armex Sp. z o.o."],
        ),
        # a term of the allow list keeps a name found inside it, a Hangul particle after it
        # too; peoples named unlike their countries are kept
        (
            "근데 계획분이 밀렸고 정치지도원이 왔다. 손전화도 뺏겼다. 리영철이라고",
            ["리영철"],
            ["계획분이", "정치지도원이", "손전화도"],
        ),
        (
            "The Motswana workers: Kabelo, Tumelo, Mpho. The Khmer guards",
            ["Kabelo", "Tumelo"],
            ["Motswana", "Khmer"],
        ),
        # exclamations, seasons, family words and platforms are no names
        (
            "Someone shouts 'Bang! Bang!'. Ma and Pa knew, Jul-Sep 2019, Kim Chol-u on Avito",
            ["Kim Chol-u"],
            ["Bang! Bang!", "Ma and Pa", "Jul-Sep", "Avito"],
        ),
        # peoples, languages and holidays, with an article or a particle
        (
            'The Maltese called us "the Koreans". Uzbeks, Tajiks; Wolof, Hangul. 위챗도 같은 번호, 라마단 때',
            [],
            ["Maltese", "the Koreans", "Tajiks", "Wolof", "Hangul", "위챗도", "라마단"],
        ),
        # a town spaCy takes for a person is generalised as the town it is
        ("We waited at the Hyesan hospital", ["Hyesan"], ["[CITY, North Korea] hospital"]),
        # other English names of countries are countries
        (
            "shipyards in the Netherlands and the Czech Republic, then DR Congo",
            [],
            ["Netherlands", "Czech Republic", "DR Congo"],
        ),
    ],
)
def test_rules_in_the_engine(redactor, text: str, redacted: list[str], kept: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = redactor.redact(text, pseudonyms=PseudonymMap()).text
    for term in redacted:
        assert term not in result, result
    for term in kept:
        assert term in result, result
