package rulepack

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

// decoder turns nodes into values, collecting every problem with its path
// and line instead of stopping at the first.
type decoder struct {
	src   []byte
	probs []Problem
}

func (d *decoder) fail(n *node, path, format string, args ...any) {
	p := Problem{Path: path, Msg: fmt.Sprintf(format, args...)}
	if n != nil && d.src != nil {
		p.Line = lineOf(d.src, n.start)
	}
	d.probs = append(d.probs, p)
}

func (d *decoder) want(n *node, path string, k nodeKind) bool {
	if n.kind != k {
		d.fail(n, path, "want %s, got %s", nodeKindNames[k], nodeKindNames[n.kind])
		return false
	}
	return true
}

// object checks that n is an object whose keys are all in known, reports
// every other key as unknown and each missing required key, and calls visit
// for each member present.
func (d *decoder) object(n *node, path string, known []string, required []string, visit func(key string, v *node, path string)) bool {
	if !d.want(n, path, nodeObject) {
		return false
	}
	for i, k := range n.keys {
		if !contains(known, k) {
			d.fail(n.vals[i], field(path, k), "unknown key %q (known: %s)", k, strings.Join(known, ", "))
			continue
		}
		visit(k, n.vals[i], field(path, k))
	}
	for _, k := range required {
		if n.member(k) == nil {
			d.fail(n, path, "missing key %q", k)
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (d *decoder) str(n *node, path string) (string, bool) {
	if !d.want(n, path, nodeString) {
		return "", false
	}
	return n.str, true
}

func (d *decoder) text(n *node, path string, max int) (string, bool) {
	s, ok := d.str(n, path)
	switch {
	case !ok:
		return "", false
	case strings.TrimSpace(s) == "":
		d.fail(n, path, "empty text")
		return "", false
	case len(s) > max:
		d.fail(n, path, "text longer than %d bytes", max)
		return "", false
	}
	return s, true
}

func (d *decoder) integer(n *node, path string) (int, bool) {
	if !d.want(n, path, nodeNumber) {
		return 0, false
	}
	v, err := strconv.ParseInt(n.str, 10, 32)
	if err != nil {
		d.fail(n, path, "want a whole number, got %s", n.str)
		return 0, false
	}
	return int(v), true
}

// maxCount bounds a period's count, so that no date arithmetic on a pack
// value can leave the calendar: 36,600 days is a hundred years.
const maxCount = 36600

// count reads a period's count: a whole number above zero.
func (d *decoder) count(n *node, path string) (int, bool) {
	v, ok := d.integer(n, path)
	switch {
	case ok && v <= 0:
		d.fail(n, path, "period %d is not positive", v)
		return 0, false
	case ok && v > maxCount:
		d.fail(n, path, "period %d is longer than %d", v, maxCount)
		return 0, false
	}
	return v, ok
}

func (d *decoder) boolean(n *node, path string) (bool, bool) {
	if !d.want(n, path, nodeBool) {
		return false, false
	}
	return n.b, true
}

// date reads "2006-01-02"; null or "" is the zero Date when zeroOK.
func (d *decoder) date(n *node, path string, zeroOK bool) (lawgov.Date, bool) {
	if zeroOK && (n.kind == nodeNull || n.kind == nodeString && n.str == "") {
		return lawgov.Date{}, true
	}
	s, ok := d.str(n, path)
	if !ok {
		return lawgov.Date{}, false
	}
	v, err := lawgov.ParseDate(s)
	if err != nil {
		d.fail(n, path, "want a date such as 2019-07-05: %v", err)
		return lawgov.Date{}, false
	}
	return v, true
}

// amount reads a decimal from a JSON string or number literal, exactly.
func (d *decoder) amount(n *node, path string) (decimal.Decimal, bool) {
	if n.kind != nodeString && n.kind != nodeNumber {
		d.fail(n, path, "want a decimal number as a string such as \"200\", got %s", nodeKindNames[n.kind])
		return decimal.Decimal{}, false
	}
	if len(n.str) > 40 {
		d.fail(n, path, "number %q too long", n.str[:40])
		return decimal.Decimal{}, false
	}
	v, err := decimal.NewFromString(n.str)
	if err != nil || strings.ContainsAny(n.str, "eE") {
		d.fail(n, path, "want a plain decimal number, got %q", n.str)
		return decimal.Decimal{}, false
	}
	return v, true
}

func (d *decoder) code(n *node, path string, codes []string) (string, bool) {
	s, ok := d.str(n, path)
	if !ok {
		return "", false
	}
	if !contains(codes, s) {
		d.fail(n, path, "unknown code %q (known: %s)", s, strings.Join(codes, ", "))
		return "", false
	}
	return s, true
}

func (d *decoder) list(n *node, path string, each func(i int, e *node, path string)) bool {
	if !d.want(n, path, nodeArray) {
		return false
	}
	for i, e := range n.elems {
		each(i, e, index(path, i))
	}
	return true
}

var citationKeys = []string{"instrument", "document", "version", "article", "paragraph", "item", "part"}

// citation reads a lawgov.Citation in its JSON form and requires it to be
// valid: an instrument or a document, with a consistent locator.
func (d *decoder) citation(n *node, path string) (lawgov.Citation, bool) {
	var c lawgov.Citation
	before := len(d.probs)
	d.object(n, path, citationKeys, nil, func(k string, v *node, p string) {
		switch k {
		case "instrument":
			c.Instrument, _ = d.str(v, p)
		case "document":
			c.Document, _ = d.str(v, p)
		case "part":
			c.Part, _ = d.str(v, p)
		case "version":
			c.Version, _ = d.date(v, p, true)
		case "article":
			c.Article, _ = d.integer(v, p)
		case "paragraph":
			c.Paragraph, _ = d.integer(v, p)
		case "item":
			c.Item, _ = d.integer(v, p)
		}
	})
	if len(d.probs) > before {
		return c, false
	}
	if !c.IsValid() {
		d.fail(n, path, "not a valid citation: it needs an instrument or a document, and an article for a paragraph or item")
		return c, false
	}
	return c, true
}

// monthDay reads "04-01".
func (d *decoder) monthDay(n *node, path string) (lawgov.MonthDay, bool) {
	s, ok := d.str(n, path)
	if !ok {
		return lawgov.MonthDay{}, false
	}
	var md lawgov.MonthDay
	m, errM := strconv.Atoi(strings.SplitN(s, "-", 2)[0])
	day := 0
	var errD error
	if i := strings.IndexByte(s, '-'); i >= 0 {
		day, errD = strconv.Atoi(s[i+1:])
	} else {
		errD = strconv.ErrSyntax
	}
	md = lawgov.MonthDay{Month: time.Month(m), Day: day}
	if errM != nil || errD != nil || len(s) != 5 || m < 1 || m > 12 || day < 1 || day > 31 {
		d.fail(n, path, "want a month and day such as \"04-01\", got %q", s)
		return lawgov.MonthDay{}, false
	}
	if _, err := md.In(2024); err != nil || day > daysInMonth(md.Month) {
		d.fail(n, path, "no day %q in any year", s)
		return lawgov.MonthDay{}, false
	}
	return md, true
}

func daysInMonth(m time.Month) int {
	return time.Date(2024, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
