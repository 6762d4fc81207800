"""Hand-written pages, part eleven: a held-out batch written for issue #20's eighth round before
the reader was changed for it, in the places and shapes of global networks (the corpus was
mostly European): a press release naming new members in Jordan, Kenya, Bangladesh, the
Philippines, Lebanon, Pakistan and Indonesia by their bodies (`Greater Amman Municipality`,
`Kisumu County`, `Dhaka North City Corporation`); US state codes beside Canadian province
codes and names; Colombian departments and Mexican states after the city, Peruvian and
Chilean `Municipalidad (Provincial) de X` under country headings; Brazilian `Prefeitura
Municipal de X (UF)` whose codes are countries' (ES, TO, PE); French-speaking Africa's
`Commune de X`, `Mairie de X`, `Ville de X (Sénégal)`; South African metropolitan
municipalities in a tab table (`eThekwini`, `City of Tshwane`); Indian municipal corporations
with the other name in brackets (`Bangalore`, `Cochin`); Indonesian `(Pemerintah) Kota X`;
Japanese `横浜市（神奈川県）`; and cities that "joined" or were "welcomed" in running text, with
no word of signing, in English, Spanish, French and Indonesian. Measured before any change
(benchmarks/README.md reports them apart as batch k).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "en-new-members-global-bodies",
        "en",
        "bulleted;body_not_city;country_in_language;not_signatory",
        "Seven cities join the network at its Global Summit",
        (2024, 11, 19),
        "Meeting in Nairobi for its annual Global Summit, the network welcomed seven new "
        "members from Asia, Africa and the Middle East. The new members are:",
        "• Greater Amman Municipality, Jordan\n"
        "• Kisumu County, Kenya\n"
        "• Dhaka North City Corporation, Bangladesh\n"
        "• Quezon City, Philippines\n"
        "• Municipality of Byblos, Lebanon\n"
        "• City of Peshawar, Pakistan\n"
        "• Surabaya City Government, Indonesia",
        "The network now counts members in more than 60 countries.",
        "Amman/JO; Kisumu County|Kisumu/KE/county; Dhaka/BD; Quezon City/PH; Byblos/LB; "
        "Peshawar/PK; Surabaya/ID",
    ),
    Page(
        "en-running-welcomed-kenya",
        "en",
        "running_text;not_signatory;no_country",
        "Four Kenyan cities join the network",
        (2024, 3, 12),
        "The network held its first East Africa regional meeting this week.",
        "At the meeting in Nairobi, the network welcomed Kisumu, Mombasa, Nakuru and Eldoret as "
        "its newest members, bringing its African membership to 31 cities.",
        "The next regional meeting will take place in Kampala.",
        "Kisumu/KE; Mombasa/KE; Nakuru/KE; Eldoret/KE",
    ),
    Page(
        "en-us-canada-codes-provinces",
        "en",
        "numbered;state_codes;region_after;region_like_country;no_country",
        "North American mayors sign the extreme heat charter",
        (2023, 7, 25),
        "Eight mayors from the United States and Canada have signed the charter:",
        "1. Tucson, AZ\n"
        "2. Halifax, NS\n"
        "3. Saskatoon, Saskatchewan\n"
        "4. Laval, QC\n"
        "5. Hamilton, Ontario\n"
        "6. Boise, ID\n"
        "7. Victoria, BC\n"
        "8. Athens, GA",
        "The mayors will share their cooling-centre plans next spring.",
        "Tucson/US; Halifax/CA; Saskatoon/CA; Laval/CA; Hamilton/CA; Boise/US; Victoria/CA; "
        "Athens/US",
    ),
    Page(
        "es-alcaldia-departamento-colombia",
        "es",
        "one_a_line;region_after;region_like_country;person_after;no_country",
        "Cinco alcaldías colombianas firman el pacto por los ríos urbanos",
        (2024, 6, 4),
        "Firmaron el pacto:",
        "Alcaldía de Medellín (Antioquia) – alcalde Andrés Gómez Ríos\n"
        "Alcaldía de Santiago de Cali (Valle del Cauca) – alcaldesa Luisa Fernanda Mejía\n"
        "Alcaldía de Bucaramanga (Santander) – alcalde Camilo Torres Pinzón\n"
        "Alcaldía de Cartagena de Indias (Bolívar) – alcaldesa Ana María Bolívar\n"
        "Alcaldía de Pereira (Risaralda) – alcalde Jorge Iván Ospina",
        "Las alcaldías presentarán sus planes de recuperación de cauces en 2025.",
        "Medellín/CO; Cali/CO; Bucaramanga/CO; Cartagena/CO; Pereira/CO",
    ),
    Page(
        "es-municipalidad-estados-paises",
        "es",
        "one_a_line;region_heading;region_after;country_in_language;body_not_city",
        "Nueve gobiernos locales se suman a la carta de ciudades caminables",
        (2023, 10, 10),
        "Se han adherido a la carta los siguientes gobiernos locales:",
        "México\n"
        "Guadalajara, Jalisco\n"
        "Mérida, Yucatán\n"
        "León, Guanajuato\n"
        "Puebla, Puebla\n\n"
        "Perú\n"
        "Municipalidad Metropolitana de Lima\n"
        "Municipalidad Provincial de Arequipa\n"
        "Municipalidad Provincial de Trujillo\n\n"
        "Chile\n"
        "Municipalidad de Valparaíso\n"
        "Municipalidad de Temuco",
        "La carta sigue abierta a nuevas adhesiones.",
        "Guadalajara/MX; Mérida/MX; León/MX; Puebla/MX; Lima/PE; Arequipa/PE; Trujillo/PE; "
        "Valparaíso/CL; Temuco/CL",
    ),
    Page(
        "es-running-bienvenida",
        "es",
        "running_text;not_signatory;majority_other_country;no_country;few",
        "Tres ciudades ecuatorianas se incorporan a la red",
        (2024, 5, 21),
        "La red celebró esta semana su asamblea regional andina.",
        "Durante la asamblea celebrada en Bogotá, la red dio la bienvenida a Quito, Cuenca y "
        "Guayaquil, que se incorporan como nuevos miembros.",
        "La próxima asamblea tendrá lugar en La Paz.",
        "Quito/EC; Cuenca/EC; Guayaquil/EC",
    ),
    Page(
        "pt-prefeitura-municipal-uf",
        "pt",
        "one_a_line;state_codes;no_country",
        "Seis prefeituras aderem ao compromisso pelas escolas resilientes",
        (2024, 4, 16),
        "Assinaram o compromisso:",
        "Prefeitura Municipal de Curitiba (PR)\n"
        "Prefeitura Municipal de Belo Horizonte (MG)\n"
        "Prefeitura Municipal de Vitória (ES)\n"
        "Prefeitura Municipal de Palmas (TO)\n"
        "Prefeitura Municipal de Recife (PE)\n"
        "Prefeitura Municipal de Natal (RN)",
        "As prefeituras apresentarão os primeiros resultados em 2025.",
        "Curitiba/BR; Belo Horizonte/BR; Vitória/BR; Palmas/BR; Recife/BR; Natal/BR",
    ),
    Page(
        "fr-commune-mairie-afrique",
        "fr",
        "one_a_line;country_in_language;region_like_country",
        "Sept villes d'Afrique de l'Ouest et centrale signent la charte de l'eau",
        (2024, 3, 22),
        "La charte a été signée par :",
        "Commune de Dakar (Sénégal)\n"
        "Ville de Saint-Louis (Sénégal)\n"
        "Mairie de Ouagadougou (Burkina Faso)\n"
        "Commune de Bobo-Dioulasso (Burkina Faso)\n"
        "Mairie de Bamako (Mali)\n"
        "Ville de Douala (Cameroun)\n"
        "Commune de Niamey (Niger)",
        "Les villes signataires se retrouveront l'an prochain.",
        "Dakar/SN; Saint-Louis/SN; Ouagadougou/BF; Bobo-Dioulasso/BF; Bamako/ML; Douala/CM; "
        "Niamey/NE",
    ),
    Page(
        "fr-running-accueilli",
        "fr",
        "running_text;not_signatory;no_country",
        "Quatre nouvelles villes membres en Afrique de l'Ouest",
        (2023, 12, 5),
        "Le réseau a tenu cette semaine son assemblée régionale.",
        "Lors de son assemblée à Abidjan, le réseau a accueilli Lomé, Cotonou, Porto-Novo et "
        "Kaolack comme nouveaux membres.",
        "La prochaine assemblée se tiendra à Accra.",
        "Lomé/TG; Cotonou/BJ; Porto-Novo/BJ; Kaolack/SN",
    ),
    Page(
        "en-za-metropolitan-table",
        "en",
        "table_tabs;columns_after;region_after;no_country",
        "South African metros join the resilient cities pledge",
        (2023, 9, 14),
        "The pledge has been adopted by five metropolitan municipalities:",
        "Member\tProvince\tJoined\n"
        "City of Cape Town Metropolitan Municipality\tWestern Cape\t2019\n"
        "eThekwini Metropolitan Municipality\tKwaZulu-Natal\t2020\n"
        "City of Johannesburg Metropolitan Municipality\tGauteng\t2021\n"
        "City of Tshwane Metropolitan Municipality\tGauteng\t2022",
        "Each metro will publish a heat action plan within a year.",
        "Cape Town/ZA; Durban|eThekwini/ZA; Johannesburg/ZA; Pretoria|Tshwane/ZA",
    ),
    Page(
        "en-india-corporations-other-names",
        "en",
        "one_a_line;region_after;named_twice;no_country",
        "Six Indian cities sign the clean air compact",
        (2024, 1, 30),
        "The compact has been signed by the following municipal bodies:",
        "Greater Chennai Corporation, Tamil Nadu\n"
        "Pune Municipal Corporation, Maharashtra\n"
        "Bruhat Bengaluru Mahanagara Palike (Bangalore), Karnataka\n"
        "Brihanmumbai Municipal Corporation (Mumbai), Maharashtra\n"
        "Ahmedabad Municipal Corporation, Gujarat\n"
        "Kochi Municipal Corporation (Cochin), Kerala",
        "The signatories will report their air quality data every quarter.",
        "Chennai/IN; Pune/IN; Bengaluru/IN; Mumbai/IN; Ahmedabad/IN; Kochi/IN",
    ),
    Page(
        "id-pemerintah-kota",
        "id",
        "bulleted;region_after;no_country",
        "Lima kota menandatangani piagam kota tangguh",
        (2024, 8, 20),
        "Piagam ini ditandatangani oleh:",
        "• Pemerintah Kota Surabaya (Jawa Timur)\n"
        "• Pemerintah Kota Bandung (Jawa Barat)\n"
        "• Kota Semarang (Jawa Tengah)\n"
        "• Kota Makassar (Sulawesi Selatan)\n"
        "• Kota Balikpapan (Kalimantan Timur)",
        "Kota-kota ini akan melaporkan kemajuannya tahun depan.",
        "Surabaya/ID; Bandung/ID; Semarang/ID; Makassar/ID; Balikpapan/ID",
    ),
    Page(
        "id-running-bergabung",
        "id",
        "running_text;not_signatory;no_country;few",
        "Tiga kota bergabung dengan jaringan",
        (2023, 11, 8),
        "Jaringan ini mengadakan pertemuan tahunan pada pekan ini.",
        "Dalam pertemuan tahunan di Yogyakarta, jaringan ini menyambut Kota Bogor, Malang, dan "
        "Denpasar sebagai anggota baru.",
        "Pertemuan berikutnya akan diadakan di Medan.",
        "Bogor/ID; Malang/ID; Denpasar/ID",
    ),
    Page(
        "ja-shi-ken-lines",
        "ja",
        "one_a_line;region_after;not_signatory;no_country",
        "五つの市が核兵器廃絶を求める共同声明に署名",
        (2024, 8, 6),
        "広島市で開かれた総会で、次の市が共同声明に署名しました。",
        "横浜市（神奈川県）\n神戸市（兵庫県）\n京都市（京都府）\n仙台市（宮城県）\n札幌市（北海道）",
        "次回の総会は長崎市で開かれます。",
        "Yokohama/JP; Kobe/JP; Kyoto/JP; Sendai/JP; Sapporo/JP",
    ),
]
