// The Source of seed/corpus/2025-01-14-pm-meeting-al-sudani-iraq.txt: its header's metadata and its text
// (sha256 08c3fd1ec5f0f35b37d93caa2b0b141dd1ec2620491d35f6e3d5810cd3add3f8).
// Written by `commitgraph sources add`; do not edit: correct the corpus file and
// write a new version. The model is docs/DATA-MODEL.md ("Where a source's metadata
// goes"); the workflow is docs/DATA-TEAM.md. `header` is the collector's header as
// written, never quoted; `text` is exactly the bytes after its first blank line.
MERGE (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
SET s.title = 'PM meeting with Prime Minister Al-Sudani of Iraq: 14 January 2025',
    s.publisher = 'GOV.UK',
    s.url = 'https://www.gov.uk/government/news/pm-meeting-with-prime-minister-al-sudani-of-iraq-14-january-2025',
    s.publishedOn = date('2025-01-14'),
    s.publishedOnBasis = 'INFERRED',
    s.publishedOnNote = 'in the page\'s URL/title slug; the body says "this afternoon" and "today"',
    s.completeness = 'FULL',
    s.completenessNote = 'body text; the copy obtained of the gov.uk page is about 1,400 characters, well under the excerpt limit, and ends on the readout\'s closing sentence. Heading, metadata and page furniture not included.',
    s.licence = 'Open Government Licence v3.0',
    s.header = 'title: PM meeting with Prime Minister Al-Sudani of Iraq: 14 January 2025 (title as given by the GOV.UK URL slug; the text obtained starts at the first body sentence and does not show the heading)\npublisher: GOV.UK news (readout of a Prime Minister\'s meeting; the issuing office is not shown in the text obtained – such readouts are normally issued by the Prime Minister\'s Office, 10 Downing Street)\ndate: 2025-01-14 (in the page\'s URL/title slug; the body says "this afternoon" and "today")\nurl: https://www.gov.uk/government/news/pm-meeting-with-prime-minister-al-sudani-of-iraq-14-january-2025\ncompleteness: full (body text; the copy obtained of the gov.uk page is about 1,400 characters, well under the excerpt limit, and ends on the readout\'s closing sentence. Heading, metadata and page furniture not included.)',
    s.sha256 = '08c3fd1ec5f0f35b37d93caa2b0b141dd1ec2620491d35f6e3d5810cd3add3f8',
    s.text = 'The Prime Minister met with Prime Minister of Iraq Mohammed Shia’ Al-Sudani in Downing Street this afternoon.\n\nHe welcomed the fact that Iraq has become safer and more prosperous under Prime Minister Al-Sudani’s leadership and said that the UK is keen to assist in building that momentum through a modern and future-looking partnership between the UK and Iraq.\n\nThe leaders reflected on the situation in the Middle East and emphasised the importance of supporting peace and stability across the region following recent developments in Syria.\n\nThey also welcomed the deepening of bilateral defence ties through the signing of a new joint statement on defence and committed to continuing strong cooperation on counterterrorism.\n\nTurning to economic growth, the Prime Minster welcomed the expanding partnership between the UK and Iraq in this space, as illustrated by the signing of the landmark Partnership and Cooperation Agreement today and the announcement of a £12.3 billion trade package.\n\nOn illegal migration, the leaders discussed their intent to work towards a new and ambitious returns agreement between the UK and Iraq. They welcomed the progress on border security made during the Home Secretary’s visit to Iraq in November and committed to working even more closely to disrupt people smuggling networks.\n\nThe leaders agreed to remain in close touch and looked forward to further strengthening the relationship between their two countries in the coming years.\n';
