package main

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"
)

func renderJSON(w io.Writer, doc document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func renderMarkdown(w io.Writer, doc document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", doc.Title)
	if doc.Subtitle != "" {
		fmt.Fprintf(&b, "%s\n\n", doc.Subtitle)
	}
	for _, m := range doc.Meta {
		fmt.Fprintf(&b, "- %s：%s\n", m.Name, m.Value)
	}
	for _, s := range doc.Sections {
		fmt.Fprintf(&b, "\n## %s\n", s.Heading)
		for _, t := range s.Text {
			fmt.Fprintf(&b, "\n%s\n", t)
		}
		for _, t := range s.Tables {
			fmt.Fprintf(&b, "\n%s\n\n", t.Caption)
			writeMarkdownRow(&b, t.Header)
			seps := make([]string, len(t.Header))
			for i := range seps {
				seps[i] = "---"
				if i < len(t.Numeric) && t.Numeric[i] {
					seps[i] = "---:"
				}
			}
			writeMarkdownRow(&b, seps)
			for _, r := range t.Rows {
				writeMarkdownRow(&b, r)
			}
		}
		if len(s.Findings) > 0 {
			b.WriteString("\n")
			for _, f := range s.Findings {
				fmt.Fprintf(&b, "- **%s** [%s] %s：%s。依据：%s\n", f.Subject, f.Severity, f.Title, f.Message, f.Basis)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeMarkdownRow(b *strings.Builder, cells []string) {
	b.WriteString("|")
	for _, c := range cells {
		b.WriteString(" ")
		b.WriteString(strings.ReplaceAll(c, "|", "\\|"))
		b.WriteString(" |")
	}
	b.WriteString("\n")
}

// renderHTML writes a self-contained page: inline CSS and inline SVG charts,
// no scripts and no network requests.
func renderHTML(w io.Writer, doc document) error {
	var b strings.Builder
	e := html.EscapeString
	b.WriteString("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(&b, "<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", e(doc.Title), pageCSS)
	fmt.Fprintf(&b, "<h1>%s</h1>\n", e(doc.Title))
	if doc.Subtitle != "" {
		fmt.Fprintf(&b, "<p class=\"subtitle\">%s</p>\n", e(doc.Subtitle))
	}
	b.WriteString("<dl class=\"meta\">\n")
	for _, m := range doc.Meta {
		fmt.Fprintf(&b, "<dt>%s</dt><dd>%s</dd>\n", e(m.Name), e(m.Value))
	}
	b.WriteString("</dl>\n<nav><ol>\n")
	for i, s := range doc.Sections {
		fmt.Fprintf(&b, "<li><a href=\"#s%d\">%s</a></li>\n", i+1, e(s.Heading))
	}
	b.WriteString("</ol></nav>\n")
	for i, s := range doc.Sections {
		fmt.Fprintf(&b, "<section id=\"s%d\">\n<h2>%s</h2>\n", i+1, e(s.Heading))
		for _, t := range s.Text {
			fmt.Fprintf(&b, "<p>%s</p>\n", keepTogether(t))
		}
		for _, c := range s.Charts {
			writeSVGChart(&b, c)
		}
		for _, t := range s.Tables {
			// The caption stays outside the scrolling box, so that it wraps
			// to the window while a wide table scrolls.
			fmt.Fprintf(&b, "<p class=\"caption\">%s</p>\n<div class=\"scroll\"><table aria-label=\"%s\">\n<thead><tr>", e(t.Caption), e(t.Caption))
			for j, h := range t.Header {
				fmt.Fprintf(&b, "<th%s>%s</th>", numClass(t, j), e(h))
			}
			b.WriteString("</tr></thead>\n<tbody>\n")
			for _, r := range t.Rows {
				b.WriteString("<tr>")
				for j, c := range r {
					fmt.Fprintf(&b, "<td%s>%s</td>", numClass(t, j), keepTogether(c))
				}
				b.WriteString("</tr>\n")
			}
			b.WriteString("</tbody>\n</table></div>\n")
		}
		if len(s.Findings) > 0 {
			b.WriteString("<ul class=\"findings\">\n")
			for _, f := range s.Findings {
				fmt.Fprintf(&b, "<li class=\"%s\"><strong>%s</strong> <span class=\"sev\">%s</span> %s：%s<br><small>依据：%s</small></li>\n",
					severityClass(f.Severity), e(f.Subject), e(f.Severity), e(f.Title), keepTogether(f.Message), e(f.Basis))
			}
			b.WriteString("</ul>\n")
		}
		b.WriteString("</section>\n")
	}
	b.WriteString("</main>\n</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// unbreakable are the figures a line must not split: dates in either form
// (2025年6月30日, 2025-06-30) and rates with their counts (38.5%（5/13）).
var unbreakable = regexp.MustCompile(`\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}|\d+(\.\d+)?%（\d+/\d+）`)

// keepTogether escapes s for HTML and keeps every date and rate in it on
// one line.
func keepTogether(s string) string {
	return unbreakable.ReplaceAllStringFunc(html.EscapeString(s), func(m string) string {
		return `<span class="nw">` + m + `</span>`
	})
}

func numClass(t table, j int) string {
	if j < len(t.Numeric) && t.Numeric[j] {
		return ` class="num"`
	}
	return ""
}

func severityClass(s string) string {
	switch s {
	case "违规":
		return "violation"
	case "警告":
		return "warning"
	}
	return "notice"
}

// The chart geometry, in SVG user units.
const (
	chartWidth  = 760
	labelWidth  = 230
	valueWidth  = 120
	barHeight   = 18
	barGap      = 6
	groupGap    = 10
	chartMargin = 44 // the title, then the legend, above the plot
)

// barColors distinguish the groups of a chart (e.g. the two years).
var barColors = [...]string{"#2f6fad", "#c0504d", "#4f8a3a", "#8064a2"}

// writeSVGChart draws c as horizontal bars scaled 0–100%.
func writeSVGChart(b *strings.Builder, c chart) {
	e := html.EscapeString
	groups := []string{}
	for _, br := range c.Bars {
		if br.Group != "" && !contains(groups, br.Group) {
			groups = append(groups, br.Group)
		}
	}
	height := chartMargin + 8
	prev := ""
	for i, br := range c.Bars {
		if i > 0 && br.Label != prev {
			height += groupGap
		}
		height += barHeight + barGap
		prev = br.Label
	}
	height += 8
	// The axis labels go below the plot, inside the drawing.
	plotBottom := height - 8
	height += 10
	plot := chartWidth - labelWidth - valueWidth
	fmt.Fprintf(b, "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"%s\">\n", chartWidth, height, e(c.Title))
	fmt.Fprintf(b, "<text x=\"0\" y=\"16\" class=\"ct\">%s</text>\n", e(c.Title))
	// The legend sits under the title at the left, where a phone shows it
	// without scrolling the chart.
	for k, g := range groups {
		x := k * 90
		fmt.Fprintf(b, "<rect x=\"%d\" y=\"24\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"34\" class=\"lg\">%s</text>\n", x, barColors[k%len(barColors)], x+16, e(g))
	}
	// Grid lines at 0, 25, 50, 75 and 100%.
	for p := 0; p <= 100; p += 25 {
		x := labelWidth + plot*p/100
		fmt.Fprintf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"grid\"/><text x=\"%d\" y=\"%d\" class=\"ax\">%d%%</text>\n", x, chartMargin, x, plotBottom, x, plotBottom+12, p)
	}
	y := chartMargin + 4
	prev = ""
	for i, br := range c.Bars {
		if i > 0 && br.Label != prev {
			y += groupGap
		}
		if br.Label != prev {
			fmt.Fprintf(b, "<text x=\"%d\" y=\"%d\" class=\"lb\">%s</text>\n", labelWidth-8, y+barHeight-5, e(br.Label))
		}
		color := barColors[0]
		for k, g := range groups {
			if g == br.Group {
				color = barColors[k%len(barColors)]
			}
		}
		w := 0
		value := "无数据"
		if br.Percent != "" {
			w = scaledWidth(br.Percent, plot)
			value = br.Percent + "%（" + br.Counts + "）"
		}
		fmt.Fprintf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s %s %s</title></rect>\n", labelWidth, y, w, barHeight, color, e(br.Label), e(br.Group), e(value))
		fmt.Fprintf(b, "<text x=\"%d\" y=\"%d\" class=\"val\">%s</text>\n", labelWidth+w+4, y+barHeight-5, e(value))
		y += barHeight + barGap
		prev = br.Label
	}
	b.WriteString("</svg>\n</figure>\n")
}

// scaledWidth maps a printed percentage ("69.8") to a bar width in whole
// units of plot. It parses the decimal text with integer arithmetic, so no
// binary floating point is involved.
func scaledWidth(percent string, plot int) int {
	whole, frac, _ := strings.Cut(percent, ".")
	n, err := strconv.Atoi(whole)
	if err != nil {
		return 0
	}
	tenths := n * 10
	if frac != "" {
		tenths += int(frac[0] - '0')
	}
	tenths = min(max(tenths, 0), 1000)
	return plot * tenths / 1000
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// pageCSS lays the report out for a screen of any width and for A4
// paper. Header cells never break inside a word (keep-all: CJK text breaks
// only at spaces and punctuation), dates and rates never break, wide tables
// and charts scroll inside their own box instead of widening the page, and
// a chart keeps its drawn size (text at 11–14 px) on a phone.
const pageCSS = `body{margin:0;background:#f6f7f9;color:#1d2330;font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
main{max-width:1040px;margin:0 auto;padding:24px 28px 64px;background:#fff;box-sizing:border-box}
h1{font-size:26px;margin:8px 0 4px}h2{font-size:20px;border-bottom:2px solid #2f6fad;padding-bottom:4px;margin-top:36px}
.subtitle{color:#555;margin-top:0}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;font-size:14px;color:#333}dl.meta dt{font-weight:600}dl.meta dd{margin:0}
nav ol{columns:2;font-size:14px}
.scroll{overflow-x:auto;margin:14px 0}
table{border-collapse:collapse;width:100%;font-size:14px}p.caption{font-weight:600;margin:14px 0 4px}p.caption+.scroll{margin-top:0}
th,td{border:1px solid #d8dce3;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef2f7;word-break:keep-all;white-space:nowrap}td:first-child{white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.nw{white-space:nowrap}
tbody tr:nth-child(even){background:#fafbfc}
figure{margin:14px 0;overflow-x:auto}figure svg{min-width:760px;max-width:1000px;display:block}
svg text{font-size:12px;fill:#1d2330}svg .ct{font-size:14px;font-weight:600}svg .lb{text-anchor:end}svg .ax{text-anchor:middle;fill:#666;font-size:11px}
svg .grid{stroke:#e3e6eb;stroke-width:1}svg .lg{font-size:12px}
ul.findings{padding-left:18px;font-size:14px}ul.findings li{margin:6px 0}ul.findings small{color:#555}
li.violation .sev{color:#fff;background:#c0392b;padding:0 6px;border-radius:3px}
li.warning .sev{color:#fff;background:#d68910;padding:0 6px;border-radius:3px}
li.notice .sev{color:#fff;background:#7f8c8d;padding:0 6px;border-radius:3px}
@media (max-width:600px){main{padding:12px 14px 40px}td{min-width:6em}td.num{min-width:0}h1{font-size:21px}nav ol{columns:1}dl.meta{grid-template-columns:1fr}dl.meta dt{margin-top:4px}}
@media print{@page{size:A4;margin:16mm 14mm}
body{background:#fff;font-size:10pt;line-height:1.45}main{max-width:none;padding:0}nav{display:none}
h1{font-size:16pt}h2{font-size:13pt;margin-top:14pt;break-after:avoid}p.caption{break-after:avoid}
.scroll,figure{overflow:visible}figure svg{min-width:0;width:100%}figure{break-inside:avoid}
table{font-size:8.5pt}th{white-space:normal}th,td{padding:2px 4px}thead{display:table-header-group}tr,ul.findings li{break-inside:avoid}
ul.findings{font-size:8.5pt}tbody tr:nth-child(even){background:none}}
`
