"""Hand-written pages, part six: pages written after issue #20's third round of reader
changes, for the causes it fixed (genitives, frames after the place, hosts and exceptions in
the list's sentence), in the languages it added, and measured before any further change: a
check that the changes generalise (benchmarks/README.md reports them apart as batch f).
The same shape as pages_a.py: invented texts and people, real places (GeoNames).
"""

from __future__ import annotations

from tests.corpus.spec import Page

PAGES = [
    Page(
        "hr-running-i-domacin",
        "hr",
        "running_text;not_signatory;no_country",
        "Gradovi istočne Hrvatske za čišći zrak",
        (2024, 6, 11),
        "Gradovi se obvezuju na zajedničko praćenje kvalitete zraka.",
        "Povelju su potpisali Zadar, Sisak, Vukovar, Čakovec i Slavonski Brod, a domaćin "
        "sastanka bio je Šibenik.",
        "Sljedeći sastanak održat će se na jesen.",
        "Zadar/HR; Sisak/HR; Vukovar/HR; Čakovec/HR; Slavonski Brod/HR",
    ),
    Page(
        "lt-running-meru-genitive",
        "lt",
        "running_text;inflected;no_country",
        "Merai sutarė dėl viešojo transporto",
        (2023, 9, 19),
        "Susitarimas bus įgyvendinamas dvejus metus.",
        "Susitarimą pasirašė Alytaus, Marijampolės, Utenos ir Tauragės merai.",
        "Daugiau informacijos suteiks savivaldybių administracijos.",
        "Alytus/LT; Marijampolė/LT; Utena/LT; Tauragė|Taurage/LT",
    ),
    Page(
        "fi-lines-kaupunginjohtaja",
        "fi",
        "one_a_line;inflected;person_before;no_country",
        "Kaupungit yhteen ilmastotyössä",
        (2024, 2, 6),
        "Julistuksen allekirjoittivat:",
        "Kaupunginjohtaja Matti Laine, Porin kaupunki\nKaupunginjohtaja Riikka Salo, "
        "Rovaniemen kaupunki\nKaupunginjohtaja Timo Heikkinen, Vaasan kaupunki\n"
        "Kaupunginjohtaja Sari Koskinen, Kouvolan kaupunki\nKaupunginjohtaja Jari Lehto, "
        "Mikkelin kaupunki",
        "Seuraava tapaaminen järjestetään syksyllä.",
        "Pori/FI; Rovaniemi/FI; Vaasa/FI; Kouvola/FI; Mikkeli/FI",
    ),
    Page(
        "el-dimarchos-person-genitive",
        "el",
        "one_a_line;inflected;person_before;no_country",
        "Δήμαρχοι υπογράφουν για την ενεργειακή αναβάθμιση σχολείων",
        (2023, 12, 12),
        "Τη δήλωση υπογράφουν:",
        "Γιώργος Παππάς, Δήμαρχος Χαλκίδας\nΜαρία Λαμπράκη, Δήμαρχος Ρεθύμνου\n"
        "Νίκος Σταύρου, Δήμαρχος Αγρινίου\nΕλένη Γεωργίου, Δήμαρχος Κοζάνης",
        "Η δήλωση παραμένει ανοιχτή σε άλλους δήμους.",
        "Chalkida/GR; Rethymno/GR; Agrinio/GR; Kozani/GR",
    ),
    Page(
        "ro-running-si-exceptia",
        "ro",
        "running_text;not_signatory;no_country",
        "Orașele din sud semnează pactul pentru mobilitate",
        (2024, 4, 23),
        "Pactul prevede autobuze electrice în toate orașele semnatare până în 2030.",
        "Pactul a fost semnat de Sibiu, Pitești, Ploiești, Galați și Brăila, cu excepția "
        "orașului Buzău, care va semna în toamnă.",
        "Rețeaua va publica un raport anual.",
        "Sibiu/RO; Pitești/RO; Ploiești/RO; Galați/RO; Brăila/RO",
    ),
]
