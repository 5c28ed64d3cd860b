package main

// document is the report as data, independent of the output format: the
// Markdown, JSON and HTML renderers all draw from it, so the three formats
// always state the same figures.
type document struct {
	Title    string    `json:"title"`
	Subtitle string    `json:"subtitle"`
	Meta     []field   `json:"meta"`
	Sections []section `json:"sections"`
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
