// The Source of seed/corpus/2025-07-05-pm-call-president-macron.txt: its header's metadata and its text
// (sha256 cb756ffbaa965d5e9b984057b5b64dc1c71ef65c8826a13395893ca4607613b4).
// Written by `commitgraph sources add`; do not edit: correct the corpus file and
// write a new version. The model is docs/DATA-MODEL.md ("Where a source's metadata
// goes"); the workflow is docs/DATA-TEAM.md. `header` is the collector's header as
// written, never quoted; `text` is exactly the bytes after its first blank line.
MERGE (s:Source {id: '2025-07-05-pm-call-president-macron'})
SET s.title = 'PM call with President Macron of France: 5 July 2025',
    s.publisher = 'GOV.UK',
    s.url = 'https://www.gov.uk/government/news/pm-call-with-president-macron-of-france-5-july-2025',
    s.publishedOn = date('2025-07-05'),
    s.publishedOnBasis = 'STATED',
    s.publishedOnNote = 'in the title',
    s.completeness = 'FULL',
    s.completenessNote = 'title and body text; the copy obtained of the gov.uk page is under 700 characters and ends on the readout\'s closing sentence. Metadata and page furniture not included.',
    s.licence = 'Open Government Licence v3.0',
    s.header = 'title: PM call with President Macron of France: 5 July 2025\npublisher: GOV.UK news (readout of a Prime Minister\'s call; the issuing office is not shown in the text obtained – such readouts are normally issued by the Prime Minister\'s Office, 10 Downing Street)\ndate: 2025-07-05 (in the title)\nurl: https://www.gov.uk/government/news/pm-call-with-president-macron-of-france-5-july-2025\ncompleteness: full (title and body text; the copy obtained of the gov.uk page is under 700 characters and ends on the readout\'s closing sentence. Metadata and page furniture not included.)',
    s.sha256 = 'cb756ffbaa965d5e9b984057b5b64dc1c71ef65c8826a13395893ca4607613b4',
    s.text = 'PM call with President Macron of France: 5 July 2025\nThe Prime Minister spoke to the President of France Emmanuel Macron this morning.\nHe looked forward to welcoming the President to the UK next week, with both leaders agreeing that the State Visit will provide a historic opportunity to showcase the breadth of the UK-France relationship.\nTurning to the UK-France Summit on Thursday, they hoped to make good progress across a wide range of our joint priorities including migration, growth, defence and security. They underscored their commitment to delivering progress in the interests of the British and French people.\n';
