package main

import "github.com/fazhi-go/fazhi/lawgov"

// document is the report as data, independent of the output format: the
// Markdown, JSON and HTML renderers all draw from it, so the three formats
// always state the same figures.
type document struct {
	Title    string    `json:"title"`
	Subtitle string    `json:"subtitle"`
	Meta     []field   `json:"meta"`
	Sections []section `json:"sections"`
	// Provenance names the calendar data and module version the figures
	// were computed with, so a published figure can be re-derived.
	Provenance lawgov.Provenance `json:"provenance"`
}

type field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type section struct {
	Heading  string    `json:"heading"`
	Text     []string  `json:"text,omitempty"`
	Charts   []chart   `json:"charts,omitempty"`
	Tables   []table   `json:"tables,omitempty"`
	Findings []finding `json:"findings,omitempty"`
	// refs are the rules and rate definitions the section names, by title;
	// their stable IDs go to the appendix, not into the prose.
	refs []ruleRef
}

// ruleRef pairs the title a reader sees with the stable ID a system stores.
type ruleRef struct{ title, id string }

// ref records that s names the rule or definition id by title.
func (s *section) ref(title, id string) { s.refs = append(s.refs, ruleRef{title, id}) }

// appendix lists every rule and definition the sections name, once each,
// in the order they first appear: the only place the report shows IDs.
func appendix(sections []section) section {
	a := section{Heading: "附录 规则和统计口径编号",
		Text: []string{"正文按名称引用检查规则和统计口径。下表列出它们在系统中的稳定编号，供与台账、案件系统的记录核对。"}}
	t := table{Caption: "附表 规则和统计口径编号", Header: []string{"名称", "编号"}}
	seen := map[string]bool{}
	for _, s := range sections {
		refs := s.refs
		for _, f := range s.Findings {
			refs = append(refs, ruleRef{f.Title, f.Rule})
		}
		for _, r := range refs {
			if !seen[r.id] {
				seen[r.id] = true
				t.Rows = append(t.Rows, []string{r.title, r.id})
			}
		}
	}
	a.Tables = []table{t}
	return a
}

// table is a captioned table of text cells; numeric columns are marked so
// the renderers can right-align them.
type table struct {
	Caption string     `json:"caption"`
	Header  []string   `json:"header"`
	Numeric []bool     `json:"-"`
	Rows    [][]string `json:"rows"`
}

// chart is a horizontal bar chart of percentages (0–100). Bars with the same
// Group are drawn together (e.g. one rate in two years).
type chart struct {
	Title string `json:"title"`
	Bars  []bar  `json:"bars"`
}

type bar struct {
	Label   string `json:"label"`
	Group   string `json:"group,omitempty"`
	Percent string `json:"percent"` // exact figure as printed, e.g. "69.8"; "" when undefined
	Counts  string `json:"counts"`  // e.g. "176/252"
}

// finding is one line of a findings list: what failed, the facts, the basis.
type finding struct {
	Subject  string `json:"subject"`
	Rule     string `json:"rule"`
	Title    string `json:"title"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Basis    string `json:"basis"`
}
