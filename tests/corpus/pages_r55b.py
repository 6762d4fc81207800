"""Batch r55b: 14 held-out pages as city networks outside Europe publish them, in 11 languages.

Written without reading the reader or running it. An Indonesian declaration of numbered
`Kota X (Provinsi) – Wali Kota Name` lines with two `Kabupaten` (regencies) and the host city
that did not sign; a Vietnamese members directory under `Miền Bắc / Miền Trung / Miền Nam`
headings with `Thành phố`, `TP.` and a `Tỉnh` (province); a Mexican tab table of municipios,
states named like cities and municipal presidents named Guadalupe and Victoria; a Latin
American directory under `COLOMBIA / CHILE / ARGENTINA` of `Alcaldía de`, `Ilustre
Municipalidad de` with a metropolitan area and a regional government; a Brazilian charter
copied from a PDF (`Prefeitura Municipal de Florianó-` / `polis (SC)`, page headers) with an
intermunicipal consortium; an Indian statement of `Name, Mayor, X Municipal Corporation` lines
with a development authority; South African and Nigerian member cards flattened one field a
line with metropolitan municipalities and a state government; 56 Canadian municipalities with
province codes (`City of London, ON`, `Ville de Lévis, QC`) and two regional bodies; Québec
`Pour la Ville de X` signature blocks with a mayor named Laval and an MRC; French news of
Senegalese and Ivorian communes joining, with the host and a pending candidate; Arabic news
of three Tunisian municipalities joining with `و` glued to the names; Turkish district
`X Belediyesi (İl)` signature lines; a Hindi table of `नगर निगम` with states; Chinese running
text with `、` and `和` and a province.
"""

from tests.corpus.spec import Page

PAGES: list[Page] = [
    Page(
        "id-r55b-kota-numbered-witnesses",
        "id",
        "numbered;region_after;person_after;not_signatory;body_not_city;no_country",
        "Deklarasi Makassar untuk Kota Tangguh Iklim",
        (2025, 3, 14),
        "Forum Kota Pesisir Nusantara menggelar pertemuan tahunan di Makassar pada 13–14 Maret "
        "2025. Para kepala daerah sepakat mempercepat rencana adaptasi banjir rob, memperluas "
        "ruang terbuka hijau, dan berbagi data iklim antarkota.\n\n"
        "Pemerintah Kota Makassar selaku tuan rumah menyatakan akan menandatangani deklarasi "
        "setelah mendapat persetujuan DPRD.\n\n"
        "Deklarasi ini ditandatangani oleh:",
        "1. Kota Semarang (Jawa Tengah) – Wali Kota Hendra Wicaksono\n"
        "2. Kota Surabaya (Jawa Timur) – Wali Kota Dewi Kartikasari\n"
        "3. Kota Balikpapan (Kalimantan Timur) – Wakil Wali Kota Rizal Hamdani\n"
        "4. Kabupaten Banyuwangi (Jawa Timur) – Bupati Sri Wahyuningtyas\n"
        "5. Kota Pontianak (Kalimantan Barat) – Wali Kota Yusuf Ramadhan\n"
        "6. Kota Denpasar (Bali) – Wali Kota I Made Suarjaya\n"
        "7. Kota Ambon (Maluku) – Sekretaris Daerah atas nama Wali Kota, Johan Latumahina\n"
        "8. Kabupaten Sleman (DI Yogyakarta) – Bupati Ratna Puspaningrum\n"
        "9. Kota Mataram (Nusa Tenggara Barat) – Wali Kota Lalu Ahmad Fauzan",
        "Saksi:\n"
        "Direktur Sinkronisasi Urusan Pemerintahan Daerah, Kementerian Dalam Negeri\n"
        "Ketua Forum Kota Pesisir Nusantara\n\n"
        "Pertemuan berikutnya dijadwalkan berlangsung di Manado pada tahun 2026.",
        "Semarang/ID; Surabaya/ID; Balikpapan/ID; "
        "Kabupaten Banyuwangi|Banyuwangi Regency/ID/county; Pontianak/ID; Denpasar/ID; "
        "Ambon/ID; Kabupaten Sleman|Sleman Regency/ID/county; Mataram/ID",
        note=(
            "Makassar hosts and has not signed yet; Manado is the next venue; two Kabupaten "
            "(regencies) expected as counties; the witnesses did not sign"
        ),
    ),
    Page(
        "vi-r55b-mien-headings-province",
        "vi",
        "one_a_line;region_heading;region_after;body_not_city;not_signatory;no_country",
        "Danh sách thành viên Mạng lưới Đô thị Xanh Việt Nam",
        (2024, 11, 5),
        "Mạng lưới Đô thị Xanh Việt Nam hiện có 14 thành viên là chính quyền các thành phố và "
        "tỉnh trên cả nước. Danh sách được cập nhật sau Hội nghị thường niên lần thứ tư.",
        "Miền Bắc\n"
        "Thành phố Hải Phòng\n"
        "Thành phố Hạ Long (Quảng Ninh)\n"
        "Thành phố Thái Nguyên (Thái Nguyên)\n"
        "Thành phố Bắc Ninh (Bắc Ninh)\n"
        "\n"
        "Miền Trung\n"
        "Thành phố Đà Nẵng\n"
        "Thành phố Huế\n"
        "TP. Vinh (Nghệ An)\n"
        "TP. Quy Nhơn (Bình Định)\n"
        "Tỉnh Quảng Nam\n"
        "TP. Nha Trang (Khánh Hòa)\n"
        "\n"
        "Miền Nam\n"
        "Thành phố Cần Thơ\n"
        "TP. Vũng Tàu (Bà Rịa – Vũng Tàu)\n"
        "TP. Long Xuyên (An Giang)\n"
        "TP. Rạch Giá (Kiên Giang)",
        "Văn phòng điều phối: Tầng 5, số 12 phố Tràng Tiền, quận Hoàn Kiếm, Hà Nội.\n"
        "Các địa phương muốn gia nhập vui lòng gửi hồ sơ qua thư điện tử.",
        "Haiphong|Hải Phòng/VN; Hạ Long/VN; Thái Nguyên/VN; Bắc Ninh/VN; Da Nang|Đà Nẵng/VN; "
        "Huế/VN; Vinh/VN; Qui Nhon|Quy Nhơn/VN; Tỉnh Quảng Nam|Quảng Nam Province/VN/province; "
        "Nha Trang/VN; Cần Thơ/VN; Vũng Tàu/VN; Long Xuyên/VN; Rạch Giá/VN",
        note=(
            "Miền Bắc/Trung/Nam are headings of the country's regions; provinces in brackets; "
            "Tỉnh Quảng Nam a province; Hà Nội is the office's address"
        ),
    ),
    Page(
        "es-r55b-mx-municipios-tabla",
        "es",
        "table_tabs;columns_after;region_after;person_named_like_place;not_signatory;no_country",
        "Municipios adheridos a la Red Mexicana de Calles Caminables",
        (2024, 9, 23),
        "La Red Mexicana de Calles Caminables reúne a gobiernos municipales comprometidos con "
        "banquetas seguras, cruces peatonales a nivel y límites de velocidad de 30 km/h en "
        "zonas escolares. Estos son los municipios que han firmado la carta de adhesión:",
        "Municipio\tEstado\tPresidente(a) municipal\tFecha de adhesión\n"
        "Mérida\tYucatán\tLaura Patricia Canché\t12/03/2024\n"
        "León\tGuanajuato\tRodrigo Villaseñor\t12/03/2024\n"
        "Zapopan\tJalisco\tGuadalupe Arellano\t19/03/2024\n"
        "Puebla\tPuebla\tMaría Fernanda Ostos\t02/04/2024\n"
        "Querétaro\tQuerétaro\tJavier Legorreta\t02/04/2024\n"
        "Durango\tDurango\tVictoria Estrada Fierro\t15/04/2024\n"
        "Hermosillo\tSonora\tAndrés Maytorena\t15/04/2024\n"
        "Saltillo\tCoahuila\tClaudia Valdés Ramos\t30/04/2024\n"
        "Morelia\tMichoacán\tErnesto Cázares\t07/05/2024\n"
        "Xalapa\tVeracruz\tItzel Contreras\t07/05/2024\n"
        "Aguascalientes\tAguascalientes\tPablo Esparza\t21/05/2024\n"
        "Culiacán\tSinaloa\tMónica Gaxiola\t04/06/2024\n"
        "Oaxaca de Juárez\tOaxaca\tSaúl Matus\t18/06/2024\n"
        "Juárez\tChihuahua\tLeticia Holguín\t02/07/2024\n"
        "Toluca\tEstado de México\tDaniel Arizmendi\t16/07/2024",
        "La secretaría técnica de la Red opera desde la Ciudad de México. Los municipios "
        "interesados pueden escribir a la coordinación para recibir la carta de adhesión.",
        "Mérida/MX; León de los Aldama|León/MX; Zapopan/MX; Puebla/MX; "
        "Santiago de Querétaro|Querétaro/MX; Victoria de Durango|Durango/MX; Hermosillo/MX; "
        "Saltillo/MX; Morelia/MX; Xalapa de Enríquez|Xalapa/MX; Aguascalientes/MX; "
        "Culiacán/MX; Oaxaca|Oaxaca de Juárez/MX; Ciudad Juárez|Juárez/MX; Toluca/MX",
        note=(
            "states named like cities in the column after (Puebla, Durango, Oaxaca, Chihuahua); "
            "presidents named Guadalupe and Victoria; Ciudad de México is the secretariat's seat"
        ),
    ),
    Page(
        "es-r55b-latam-country-headings-bodies",
        "es",
        "one_a_line;region_heading;country_in_language;region_after;body_not_city",
        "Miembros de la Red Andina y del Cono Sur de Ciudades Resilientes",
        (2025, 1, 20),
        "La Red reúne a gobiernos locales y metropolitanos de Colombia, Chile y Argentina que "
        "comparten metodologías de gestión del riesgo de desastres. A continuación, el "
        "directorio de miembros por país.",
        "COLOMBIA\n"
        "Alcaldía de Manizales (Caldas)\n"
        "Alcaldía de Bucaramanga (Santander)\n"
        "Alcaldía de Pereira (Risaralda)\n"
        "Área Metropolitana del Valle de Aburrá (Antioquia)\n"
        "Alcaldía Distrital de Santa Marta (Magdalena)\n"
        "Alcaldía de Pasto (Nariño)\n"
        "\n"
        "CHILE\n"
        "Ilustre Municipalidad de Valparaíso (Región de Valparaíso)\n"
        "Municipalidad de Temuco (Región de La Araucanía)\n"
        "Municipalidad de Concepción (Región del Biobío)\n"
        "Ilustre Municipalidad de Antofagasta\n"
        "Gobierno Regional de Los Lagos\n"
        "Municipalidad de Valdivia (Región de Los Ríos)\n"
        "\n"
        "ARGENTINA\n"
        "Municipalidad de Rosario (Santa Fe)\n"
        "Municipalidad de Córdoba\n"
        "Municipalidad de Godoy Cruz (Mendoza)\n"
        "Municipalidad de San Carlos de Bariloche (Río Negro)\n"
        "Municipalidad de Neuquén\n"
        "Municipalidad de Salta",
        "¿Tu ciudad quiere sumarse? Escríbenos a la secretaría ejecutiva.",
        "Manizales/CO; Bucaramanga/CO; Pereira/CO; "
        "Área Metropolitana del Valle de Aburrá|Valle de Aburrá/CO/metropolitan area; "
        "Santa Marta/CO; Pasto/CO; Valparaíso/CL; Temuco/CL; Concepción/CL; Antofagasta/CL; "
        "Gobierno Regional de Los Lagos|Región de Los Lagos/CL/region; Valdivia/CL; "
        "Rosario/AR; Córdoba/AR; Godoy Cruz/AR; San Carlos de Bariloche/AR; Neuquén/AR; "
        "Salta/AR",
        note=(
            "a metropolitan area and a regional government among municipalities; departments, "
            "regions and provinces in brackets (Santander, Mendoza, Santa Fe)"
        ),
    ),
    Page(
        "pt-r55b-br-pdf-prefeituras",
        "pt",
        "one_a_line;broken_lines;state_codes;no_country;body_not_city",
        "Carta das Cidades pela Primeira Infância",
        (2024, 8, 29),
        "CARTA DAS CIDADES PELA PRIMEIRA INFÂNCIA\n\n"
        "Nós, gestoras e gestores municipais reunidos no Encontro Nacional de Cidades pela "
        "Primeira Infância, comprometemo-nos a priorizar no orçamento municipal as crianças "
        "de zero a seis anos, a garantir praças e calçadas seguras no entorno de creches e "
        "a publicar anualmente indicadores de atendimento.\n\n"
        "Assinam esta Carta:",
        "Prefeitura Municipal de Recife (PE)\n"
        "Prefeitura Municipal de Fortale-\n"
        "za (CE)\n"
        "Prefeitura de Belo Horizonte (MG)\n"
        "Prefeitura Municipal de Curitiba (PR)\n"
        "Prefeitura Municipal de Florianó-\n"
        "polis (SC)\n"
        "Prefeitura de Niterói (RJ)\n"
        "Prefeitura Municipal de Campinas (SP)\n"
        "Prefeitura Municipal de Ribeirão\n"
        "Preto (SP)\n"
        "Prefeitura de Teresina (PI)\n"
        "Prefeitura Municipal de João Pessoa (PB)\n"
        "Carta das Cidades pela Primeira Infância                                    2/3\n"
        "Prefeitura Municipal de Caruaru (PE)\n"
        "Prefeitura Municipal de Juiz de Fo-\n"
        "ra (MG)\n"
        "Prefeitura de Londrina (PR)\n"
        "Prefeitura Municipal de Pelotas (RS)\n"
        "Prefeitura de Belém (PA)\n"
        "Prefeitura Municipal de Sobral (CE)\n"
        "Prefeitura Municipal de Maringá (PR)\n"
        "Prefeitura de Joinville (SC)\n"
        "Prefeitura Municipal de Santos (SP)\n"
        "Prefeitura Municipal de Campina\n"
        "Grande (PB)\n"
        "Prefeitura de Maceió (AL)\n"
        "Prefeitura Municipal de Aracaju (SE)\n"
        "Prefeitura Municipal de Natal (RN)\n"
        "Prefeitura de Palmas (TO)\n"
        "Prefeitura Municipal de Vitória (ES)\n"
        "Prefeitura Municipal de São José dos\n"
        "Campos (SP)\n"
        "Prefeitura de Petrolina (PE)\n"
        "Prefeitura Municipal de Blumenau (SC)\n"
        "Consórcio Intermunicipal Grande ABC (SP)",
        "Carta das Cidades pela Primeira Infância                                    3/3\n"
        "Rede Nacional de Municípios pela Primeira Infância — Secretaria Executiva\n"
        "SCS Quadra 2, Bloco C, Brasília – DF",
        "Recife/BR; Fortaleza/BR; Belo Horizonte/BR; Curitiba/BR; Florianópolis/BR; "
        "Niterói/BR; Campinas/BR; Ribeirão Preto/BR; Teresina/BR; João Pessoa/BR; "
        "Caruaru/BR; Juiz de Fora/BR; Londrina/BR; Pelotas/BR; Belém/BR; Sobral/BR; "
        "Maringá/BR; Joinville/BR; Santos/BR; Campina Grande/BR; Maceió/BR; Aracaju/BR; "
        "Natal/BR; Palmas/BR; Vitória/BR; São José dos Campos/BR; Petrolina/BR; Blumenau/BR; "
        "Consórcio Intermunicipal Grande ABC|Grande ABC/BR/union of municipalities",
        note=(
            "copied from a PDF: names hyphenated or broken at line ends, a running header with "
            "page numbers between entries; Brasília is the secretariat's address; an "
            "intermunicipal consortium signed"
        ),
    ),
    Page(
        "en-r55b-in-municipal-corporations",
        "en",
        "one_a_line;person_before;not_signatory;body_not_city;no_country",
        "Indian Cities Heat Action Compact: signatories",
        (2025, 4, 22),
        "The Indian Cities Heat Action Compact was adopted at the Urban Heat Resilience "
        "Dialogue held in New Delhi on 22 April 2025. Signatory cities commit to publish a "
        "heat action plan before the summer, to open cooling shelters in every ward, and to "
        "protect outdoor workers with shifted working hours.\n\n"
        "The Dialogue was supported by the Ministry of Housing and Urban Affairs and hosted by "
        "the New Delhi Municipal Council.\n\n"
        "Signatories",
        "Smt. Ananya Kulkarni, Mayor, Pune Municipal Corporation\n"
        "Shri Rakesh Venkatraman, Mayor, Greater Chennai Corporation\n"
        "Dr. Farida Siddiqui, Commissioner, Bruhat Bengaluru Mahanagara Palike\n"
        "Shri Mohit Agrawal, Mayor of Indore\n"
        "Smt. Leela Menon, Mayor, Thiruvananthapuram Corporation\n"
        "Shri Hitesh Desai, Mayor, Surat Municipal Corporation\n"
        "Smt. Sunitha Reddy, Mayor, Greater Hyderabad Municipal Corporation\n"
        "Shri Arvind Bhosale, Commissioner, Nagpur Municipal Corporation\n"
        "Smt. Gurpreet Kaur Sandhu, Mayor, Municipal Corporation Ludhiana\n"
        "Shri Debashis Mitra, Chief Executive Officer, Kolkata Metropolitan Development "
        "Authority\n"
        "Smt. Priya Mahajan, Commissioner, Pimpri Chinchwad Municipal Corporation",
        "The Compact remains open for signature by any urban local body in India. Contact the "
        "secretariat to add your city.",
        "Pune/IN; Chennai/IN; Bengaluru|Bangalore/IN; Indore/IN; Thiruvananthapuram/IN; "
        "Surat/IN; Hyderabad/IN; Nagpur/IN; Ludhiana/IN; "
        "Kolkata Metropolitan Area|Kolkata Metropolitan Development Authority/IN/"
        "metropolitan area; Pimpri-Chinchwad/IN",
        note=(
            "New Delhi is the venue and its council the host; a metropolitan development "
            "authority signed"
        ),
    ),
    Page(
        "en-r55b-za-ng-member-cards",
        "en",
        "one_a_line;region_heading;columns_after;body_not_city",
        "Our members",
        (2024, 7, 1),
        "The African Urban Water Alliance brings together metropolitan, local and state "
        "governments working on water security. Browse our members by country.",
        "South Africa\n"
        "City of Cape Town\n"
        "Metropolitan municipality · Western Cape\n"
        "View profile\n"
        "City of Johannesburg\n"
        "Metropolitan municipality · Gauteng\n"
        "View profile\n"
        "eThekwini Municipality\n"
        "Metropolitan municipality · KwaZulu-Natal\n"
        "View profile\n"
        "Nelson Mandela Bay Municipality\n"
        "Metropolitan municipality · Eastern Cape\n"
        "View profile\n"
        "Msunduzi Municipality (Pietermaritzburg)\n"
        "Local municipality · KwaZulu-Natal\n"
        "View profile\n"
        "Stellenbosch Municipality\n"
        "Local municipality · Western Cape\n"
        "View profile\n"
        "Polokwane Municipality\n"
        "Local municipality · Limpopo\n"
        "View profile\n"
        "Nigeria\n"
        "Lagos State Government\n"
        "State government · Lagos\n"
        "View profile\n"
        "Kano\n"
        "Metropolitan city · Kano State\n"
        "View profile\n"
        "Port Harcourt City Local Government\n"
        "Local government area · Rivers State\n"
        "View profile\n"
        "Enugu\n"
        "State capital · Enugu State\n"
        "View profile\n"
        "Akure\n"
        "State capital · Ondo State\n"
        "View profile",
        "Showing 12 of 12 members.\n\nAlliance Secretariat, 14 Riverside Drive, Kampala",
        "Cape Town/ZA; Johannesburg/ZA; Durban|eThekwini/ZA; "
        "Nelson Mandela Bay|Nelson Mandela Bay Metropolitan Municipality/ZA/metropolitan area; "
        "Pietermaritzburg|Msunduzi/ZA; Stellenbosch/ZA; Polokwane/ZA; "
        "Lagos State|Lagos State Government/NG/region; Kano/NG; Port Harcourt/NG; Enugu/NG; "
        "Akure/NG",
        note=(
            "cards flattened to name, type · province, View profile; Kampala is the secretariat's"
            " address"
        ),
    ),
    Page(
        "en-r55b-ca-province-codes-large",
        "en",
        "bulleted;state_codes;body_not_city",
        "Canadian municipalities that have signed the Community Energy Pledge",
        (2024, 10, 10),
        "Fifty-six Canadian municipalities and regional governments have now signed the "
        "Community Energy Pledge, committing to a community energy plan and annual public "
        "reporting on emissions from buildings and transportation. The full list, in the "
        "order the pledges were received:",
        "• City of Toronto, ON\n"
        "• City of Ottawa, ON\n"
        "• Ville de Montréal, QC\n"
        "• City of Vancouver, BC\n"
        "• City of Calgary, AB\n"
        "• City of Edmonton, AB\n"
        "• City of Winnipeg, MB\n"
        "• Halifax Regional Municipality, NS\n"
        "• City of Victoria, BC\n"
        "• City of Mississauga, ON\n"
        "• City of Brampton, ON\n"
        "• City of Hamilton, ON\n"
        "• City of London, ON\n"
        "• Ville de Québec, QC\n"
        "• City of Saskatoon, SK\n"
        "• City of Regina, SK\n"
        "• City of Markham, ON\n"
        "• City of Vaughan, ON\n"
        "• City of Kitchener, ON\n"
        "• City of Waterloo, ON\n"
        "• Region of Waterloo, ON\n"
        "• City of Cambridge, ON\n"
        "• City of Guelph, ON\n"
        "• City of Windsor, ON\n"
        "• City of Kingston, ON\n"
        "• City of Barrie, ON\n"
        "• City of Greater Sudbury, ON\n"
        "• City of Thunder Bay, ON\n"
        "• City of Peterborough, ON\n"
        "• Town of Oakville, ON\n"
        "• City of Burlington, ON\n"
        "• City of St. Catharines, ON\n"
        "• City of Oshawa, ON\n"
        "• Regional Municipality of Durham, ON\n"
        "• Ville de Laval, QC\n"
        "• Ville de Gatineau, QC\n"
        "• Ville de Longueuil, QC\n"
        "• Ville de Sherbrooke, QC\n"
        "• Ville de Lévis, QC\n"
        "• Ville de Trois-Rivières, QC\n"
        "• City of Surrey, BC\n"
        "• City of Burnaby, BC\n"
        "• City of Kelowna, BC\n"
        "• City of Nanaimo, BC\n"
        "• City of Kamloops, BC\n"
        "• Metro Vancouver, BC\n"
        "• City of Red Deer, AB\n"
        "• City of Lethbridge, AB\n"
        "• City of Brandon, MB\n"
        "• City of Moncton, NB\n"
        "• City of Fredericton, NB\n"
        "• City of Saint John, NB\n"
        "• City of St. John's, NL\n"
        "• City of Charlottetown, PE\n"
        "• City of Whitehorse, YT\n"
        "• City of Yellowknife, NT",
        "Is your municipality missing? Pledges received after 30 September will appear in the "
        "next update.",
        "Toronto/CA; Ottawa/CA; Montréal|Montreal/CA; Vancouver/CA; Calgary/CA; Edmonton/CA; "
        "Winnipeg/CA; Halifax/CA; Victoria/CA; Mississauga/CA; Brampton/CA; Hamilton/CA; "
        "London/CA; Québec|Quebec/CA; Saskatoon/CA; Regina/CA; Markham/CA; Vaughan/CA; "
        "Kitchener/CA; Waterloo/CA; Region of Waterloo|Regional Municipality of Waterloo/CA/"
        "county; Cambridge/CA; Guelph/CA; Windsor/CA; Kingston/CA; Barrie/CA; "
        "Greater Sudbury|Sudbury/CA; Thunder Bay/CA; Peterborough/CA; Oakville/CA; "
        "Burlington/CA; St. Catharines/CA; Oshawa/CA; "
        "Regional Municipality of Durham|Durham Region/CA/county; Laval/CA; Gatineau/CA; "
        "Longueuil/CA; Sherbrooke/CA; Lévis/CA; Trois-Rivières/CA; Surrey/CA; Burnaby/CA; "
        "Kelowna/CA; Nanaimo/CA; Kamloops/CA; Metro Vancouver/CA/metropolitan area; "
        "Red Deer/CA; Lethbridge/CA; Brandon/CA; Moncton/CA; Fredericton/CA; Saint John/CA; "
        "St. John's/CA; Charlottetown/CA; Whitehorse/CA; Yellowknife/CA",
        note="56 entries with province codes, two regional municipalities and Metro Vancouver",
    ),
    Page(
        "fr-r55b-qc-pour-la-ville-blocks",
        "fr",
        "one_a_line;person_after;person_named_like_place;not_signatory;body_not_city;no_country",
        "Déclaration des municipalités québécoises pour la sobriété en eau potable",
        (2025, 6, 6),
        "Réunies à Trois-Rivières à l'invitation de la Ville de Trois-Rivières, les "
        "municipalités signataires s'engagent à réduire de 20 % la consommation d'eau potable "
        "par personne d'ici 2030, à installer des compteurs dans les immeubles non "
        "résidentiels et à rendre publiques leurs pertes sur le réseau.\n\n"
        "Signé à Trois-Rivières, le 6 juin 2025.",
        "Pour la Ville de Sherbrooke\n"
        "Marie-Ève Gagnon, mairesse\n\n"
        "Pour la Ville de Saguenay\n"
        "Luc Bergeron, maire\n\n"
        "Pour la Ville de Rimouski\n"
        "Catherine Lapointe, mairesse\n\n"
        "Pour la Ville de Gatineau\n"
        "Olivier St-Amand, maire suppléant\n\n"
        "Pour la Ville de Lévis\n"
        "Hélène Bouchard-Roy, mairesse\n\n"
        "Pour la Municipalité régionale de comté de Memphrémagog\n"
        "Denis Poirier, préfet\n\n"
        "Pour la Ville de Drummondville\n"
        "Sylvain Courchesne, maire\n\n"
        "Pour la Ville de Victoriaville\n"
        "Nathalie Laval, mairesse\n\n"
        "Pour la Communauté métropolitaine de Québec\n"
        "Martin Desrosiers, président\n\n"
        "Pour la Ville de Saint-Jérôme\n"
        "Isabelle Charron, mairesse",
        "La Ville de Trois-Rivières, hôtesse de la rencontre, adoptera la Déclaration lors "
        "de la séance de son conseil du 17 juin.",
        "Sherbrooke/CA; Saguenay/CA; Rimouski/CA; Gatineau/CA; Lévis/CA; "
        "MRC de Memphrémagog|Municipalité régionale de comté de Memphrémagog|"
        "Memphrémagog/CA/county; Drummondville/CA; Victoriaville/CA; "
        "Communauté métropolitaine de Québec|Quebec Metropolitan Community/CA/"
        "metropolitan area; Saint-Jérôme/CA",
        note=(
            "Trois-Rivières is the venue and host and has not signed; the mayor of Victoriaville "
            "is named Laval; an MRC and a metropolitan community signed"
        ),
    ),
    Page(
        "fr-r55b-sn-ci-adhesion-news",
        "fr",
        "running_text;country_in_language;not_signatory",
        "Cinq nouvelles communes rejoignent le Réseau des villes ouest-africaines propres",
        (2024, 12, 3),
        "Réunie à Dakar les 28 et 29 novembre, l'assemblée générale du Réseau des villes "
        "ouest-africaines propres a examiné les demandes d'adhésion reçues depuis le printemps.",
        "L'assemblée a approuvé l'adhésion des communes de Ziguinchor, de Thiès et de "
        "Saint-Louis au Sénégal, ainsi que de Bouaké et de San-Pédro en Côte d'Ivoire.",
        "« Ces cinq communes apportent une expérience précieuse en matière de tri à la "
        "source et de compostage », a déclaré Aminata Sow Ndiaye, maire de Rufisque et "
        "présidente du Réseau.\n\n"
        "La candidature de la commune de Korhogo sera examinée lors de la prochaine session, "
        "prévue à Abidjan en mai 2025.",
        "Ziguinchor/SN; Thiès/SN; Saint-Louis/SN; Bouaké/CI; San-Pédro/CI",
        note=(
            "Dakar is the venue, the president is mayor of Rufisque, Korhogo a pending candidate,"
            " Abidjan the next venue"
        ),
    ),
    Page(
        "ar-r55b-tn-three-join-waw",
        "ar",
        "running_text;few;not_signatory;no_country",
        "انضمام ثلاث بلديات تونسية إلى شبكة المدن المتوسطية للمياه",
        (2025, 2, 17),
        "صادق المكتب التنفيذي لشبكة المدن المتوسطية للمياه، خلال اجتماعه المنعقد بمدينة تونس "
        "يوم 15 فيفري، على طلبات انضمام جديدة.",
        "وأعلنت الشبكة انضمام بلديات صفاقس وسوسة وبنزرت رسميًا إلى عضويتها، ليرتفع عدد "
        "البلديات الأعضاء إلى ثمانٍ وعشرين بلدية.",
        "وقالت رئيسة الشبكة، السيدة ليلى بن عمار: «نرحب بالبلديات الجديدة ونتطلع إلى تبادل "
        "الخبرات في مجال ترشيد استهلاك المياه».\n\n"
        "ومن المنتظر أن تنظر الشبكة في طلب بلدية المنستير خلال اجتماعها القادم.",
        "Sfax/TN; Sousse/TN; Bizerte/TN",
        note=(
            "و glued to the second and third names; Tunis is the venue, Monastir a pending "
            "candidate"
        ),
    ),
    Page(
        "tr-r55b-ilce-belediyesi-signatures",
        "tr",
        "one_a_line;region_after;person_after;not_signatory;no_country",
        "Sıfır Atık Belediyeler Bildirgesi",
        (2024, 6, 5),
        "Dünya Çevre Günü vesilesiyle İzmir'de bir araya gelen belediye başkanları, evsel "
        "atıkların kaynağında ayrıştırılması, kompost tesislerinin yaygınlaştırılması ve "
        "tek kullanımlık plastiklerin belediye hizmet binalarından kaldırılması konusunda "
        "ortak bir bildirge imzaladı.\n\n"
        "Bildirgeyi imzalayan belediyeler:",
        "Kadıköy Belediyesi (İstanbul) – Belediye Başkanı Selin Aydemir\n"
        "Çankaya Belediyesi (Ankara) – Belediye Başkanı Murat Ekinci\n"
        "Bornova Belediyesi (İzmir) – Belediye Başkanı Deniz Kocabaş\n"
        "Nilüfer Belediyesi (Bursa) – Belediye Başkanı Elif Şahinoğlu\n"
        "Tepebaşı Belediyesi (Eskişehir) – Belediye Başkanı Kerem Altunel\n"
        "Mezitli Belediyesi (Mersin) – Belediye Başkan Vekili Zeynep Oral\n"
        "Muratpaşa Belediyesi (Antalya) – Belediye Başkanı Onur Karaduman\n"
        "Karşıyaka Belediyesi (İzmir) – Belediye Başkanı Gizem Tunalı\n"
        "Odunpazarı Belediyesi (Eskişehir) – Belediye Başkanı Barış Yücel\n"
        "Seyhan Belediyesi (Adana) – Belediye Başkanı Hakan Özbilgin\n"
        "Maltepe Belediyesi (İstanbul) – Belediye Başkanı Pınar Erdinç",
        "Bildirge, toplantıya ev sahipliği yapan İzmir Büyükşehir Belediyesi tarafından "
        "Çevre, Şehircilik ve İklim Değişikliği Bakanlığı'na iletilecek.",
        "Kadıköy/TR; Çankaya/TR; Bornova/TR; Nilüfer/TR; Tepebaşı/TR; Mezitli/TR; "
        "Muratpaşa/TR; Karşıyaka/TR; Odunpazarı/TR; Seyhan/TR; Maltepe/TR",
        note=(
            "district municipalities with their province in brackets; İzmir is the venue and its "
            "metropolitan municipality the host"
        ),
    ),
    Page(
        "hi-r55b-nagar-nigam-table",
        "hi",
        "table_tabs;numbered;columns_after;not_signatory;no_country",
        "स्वच्छ वायु नगर संकल्प: हस्ताक्षरकर्ता नगर निगम",
        (2025, 1, 30),
        "नई दिल्ली में आयोजित राष्ट्रीय स्वच्छ वायु सम्मेलन में बारह नगर निगमों ने स्वच्छ वायु "
        "नगर संकल्प पर हस्ताक्षर किए। संकल्प के अंतर्गत नगर निगम सड़कों की धूल नियंत्रण, "
        "कचरा जलाने पर रोक और सार्वजनिक परिवहन के विस्तार के लिए वार्षिक लक्ष्य तय करेंगे।\n\n"
        "हस्ताक्षरकर्ता नगर निगमों की सूची:",
        "क्रम सं.\tनगर निगम\tराज्य\tमहापौर\n"
        "1\tइंदौर नगर निगम\tमध्य प्रदेश\tश्री राजेश मालवीय\n"
        "2\tभोपाल नगर निगम\tमध्य प्रदेश\tश्रीमती अनीता चौकसे\n"
        "3\tलखनऊ नगर निगम\tउत्तर प्रदेश\tश्रीमती सुषमा त्रिपाठी\n"
        "4\tवाराणसी नगर निगम\tउत्तर प्रदेश\tश्री अजय पाण्डेय\n"
        "5\tजयपुर ग्रेटर नगर निगम\tराजस्थान\tश्रीमती मीनाक्षी शेखावत\n"
        "6\tपटना नगर निगम\tबिहार\tश्रीमती रीना कुमारी\n"
        "7\tरायपुर नगर निगम\tछत्तीसगढ़\tश्री विकास साहू\n"
        "8\tदेहरादून नगर निगम\tउत्तराखंड\tश्री नरेंद्र रावत\n"
        "9\tगुरुग्राम नगर निगम\tहरियाणा\tश्रीमती कविता यादव\n"
        "10\tशिमला नगर निगम\tहिमाचल प्रदेश\tश्री सुरेंद्र ठाकुर\n"
        "11\tरांची नगर निगम\tझारखंड\tश्रीमती पूनम तिर्की\n"
        "12\tआगरा नगर निगम\tउत्तर प्रदेश\tश्री मनोज अग्रवाल",
        "अन्य नगर निकाय भी सचिवालय से संपर्क कर संकल्प पर हस्ताक्षर कर सकते हैं।",
        "Indore/IN; Bhopal/IN; Lucknow/IN; Varanasi/IN; Jaipur/IN; Patna/IN; Raipur/IN; "
        "Dehradun/IN; Gurugram|Gurgaon/IN; Shimla/IN; Ranchi/IN; Agra/IN",
        note="states in a column after the city; New Delhi is the venue",
    ),
    Page(
        "zh-r55b-shi-running-province",
        "zh",
        "running_text;not_signatory;body_not_city;no_country",
        "十城共同签署《城市公园绿地开放共享倡议》",
        (2024, 9, 12),
        "9月12日，由中国城市绿色发展联盟主办的城市公园绿地开放共享论坛在上海举行。论坛发布了"
        "《城市公园绿地开放共享倡议》，倡导城市在公园绿地中划定开放共享区域，方便市民休闲"
        "活动。",
        "首批签署倡议的城市包括深圳市、广州市、杭州市、成都市、武汉市、厦门市、青岛市、"
        "苏州市和昆明市。此外，海南省住房和城乡建设厅代表海南省作为省级成员签署了倡议。",
        "上海市绿化和市容管理局作为论坛承办单位介绍了本市经验。联盟表示，将于明年在南京召开"
        "第二届论坛，并欢迎更多城市加入。",
        "Shenzhen/CN; Guangzhou/CN; Hangzhou/CN; Chengdu/CN; Wuhan/CN; Xiamen/CN; "
        "Qingdao/CN; Suzhou/CN; Kunming/CN; 海南省|Hainan Province/CN/province",
        note=(
            "Shanghai is the venue and its bureau the organiser; Nanjing is next year's venue; "
            "Hainan signed as a province"
        ),
    ),
]
