package rulepack

import (
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

// The JSON form of an assessment scheme ([Assessment]), the input of
// lawgov.NewScheme:
//
//	{"name": "某县法治政府建设考评方案", "places": 1,
//	 "indicators": [{"id": "decision", "name": "行政决策", "children": [
//	     {"id": "review", "name": "合法性审查", "max": "10", "method": "deduction", "deduct": "2"},
//	     {"id": "grade", "name": "决策质量", "max": "5", "method": "graded", "grade_points": ["5", "3", "0"]},
//	     {"id": "veto", "name": "重大违法决策", "method": "veto"}]}],
//	 "bands": [{"label": "优秀", "min": "13"}, {"label": "合格", "min": "9"}, {"label": "不合格", "min": "0"}]}
//
// Points are decimals written as strings; methods are deduction,
// proportional, graded and veto; grade_points are the points of 原则通过,
// 存在瑕疵 and 不合格.
var (
	schemeKeys    = []string{"name", "places", "indicators", "bands"}
	indicatorKeys = []string{"id", "name", "max", "method", "deduct", "grade_points", "basis", "children"}
	bandKeys      = []string{"label", "min"}
	methods       = []string{"deduction", "proportional", "graded", "veto"}
)

func (d *decoder) scheme(n *node, path string) (*lawgov.Scheme, bool) {
	before := len(d.probs)
	var (
		name       string
		places     int
		indicators []lawgov.Indicator
		bands      []lawgov.Band
	)
	d.object(n, path, schemeKeys, []string{"name", "indicators", "bands"}, func(k string, v *node, vp string) {
		switch k {
		case "name":
			name, _ = d.text(v, vp, 200)
		case "places":
			places, _ = d.integer(v, vp)
		case "indicators":
			indicators = d.indicators(v, vp)
		case "bands":
			d.list(v, vp, func(_ int, e *node, ep string) {
				var b lawgov.Band
				d.object(e, ep, bandKeys, bandKeys, func(k string, v *node, p string) {
					if k == "label" {
						b.Label, _ = d.text(v, p, 50)
					} else {
						b.Min, _ = d.amount(v, p)
					}
				})
				bands = append(bands, b)
			})
		}
	})
	if len(d.probs) > before {
		return nil, false
	}
	s, err := lawgov.NewScheme(name, indicators, bands, int32(places))
	if err != nil {
		d.fail(n, path, "%v", err)
		return nil, false
	}
	return s, true
}

func (d *decoder) indicators(n *node, path string) []lawgov.Indicator {
	var out []lawgov.Indicator
	d.list(n, path, func(_ int, e *node, ep string) {
		var in lawgov.Indicator
		d.object(e, ep, indicatorKeys, []string{"id", "name"}, func(k string, v *node, p string) {
			switch k {
			case "id":
				in.ID, _ = d.text(v, p, 64)
			case "name":
				in.Name, _ = d.text(v, p, 100)
			case "max":
				in.Max, _ = d.amount(v, p)
			case "deduct":
				in.Deduct, _ = d.amount(v, p)
			case "method":
				if m, ok := d.code(v, p, methods); ok {
					_ = in.Method.UnmarshalText([]byte(m))
				}
			case "grade_points":
				if d.want(v, p, nodeArray) && len(v.elems) != 3 {
					d.fail(v, p, "want the points of 原则通过, 存在瑕疵 and 不合格: 3 numbers, got %d", len(v.elems))
					return
				}
				for i, g := range v.elems {
					in.GradePoints[i], _ = d.amount(g, index(p, i))
				}
			case "basis":
				d.list(v, p, func(_ int, c *node, cp string) {
					if c, ok := d.citation(c, cp); ok {
						in.Basis = append(in.Basis, c)
					}
				})
			case "children":
				in.Children = d.indicators(v, p)
			}
		})
		if in.Max.IsZero() {
			in.Max = decimal.Zero
		}
		out = append(out, in)
	})
	return out
}
