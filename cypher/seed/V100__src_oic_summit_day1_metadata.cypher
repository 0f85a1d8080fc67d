// V100 - the Day 1 release's Source gets the metadata every Source carries
// (docs/DATA-MODEL.md, "Where a source's metadata goes"). The file has no header, so
// `commitgraph sources add` cannot read it: V002 made the Source (title, publisher, sha256),
// V011 gave it its text, and this file adds completeness and licence. Its publishedOn is
// not set here: the release states no date (seed/README.md), and only a file that cites
// another document for the inference may set it.
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
SET s.completeness = 'FULL',
    s.completenessNote = 'the release as obtained, with no part marked missing; it has no title line and no date (seed/README.md)',
    s.licence = 'Open Government Licence v3.0';
