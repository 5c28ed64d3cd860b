package rulepack

import (
	"strconv"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

// consequenceLabels are the Chinese labels of the exam consequences, as
// enforcement.Consequence labels them.
var consequenceLabels = map[string]string{"remove": "从执法人员信息库中清除", "reassign": "离岗学习或调整岗位"}

// codeLabels are the Chinese labels of the codes of KindCode and KindCodes
// parameters, as decision.MajorityBase and enforcement.EmploymentType label
// them.
var codeLabels = map[string]string{
	"votes_cast": "以明确表态人数计", "members_speaking": "以发言人数计",
	"civil_servant": "公务员", "career_staff": "在编事业人员", "service_worker": "工勤人员", "contract": "劳动合同工",
	"temporary": "临时工", "labour_dispatch": "劳务派遣人员", "secondee": "临时借调人员",
}

// CodeLabel returns the Chinese label of a code a parameter takes, such as
// 公务员 for "civil_servant", or the code itself when it has none.
func CodeLabel(code string) string {
	if l, ok := codeLabels[code]; ok {
		return l
	}
	return code
}

// String renders the value in Chinese for staff: "30日", "7个工作日", "5年",
// "4月1日", "是", "不合格2次：从执法人员信息库中清除", "200元", the text of a
// text, the label of a code ([CodeLabel]), lists joined by "、".
func (v Value) String() string {
	switch x := v.data.(type) {
	case int:
		if v.kind == KindWorkdays {
			return strconv.Itoa(x) + "个工作日"
		}
		return strconv.Itoa(x) + "日"
	case lawgov.Period:
		return x.String()
	case string:
		if v.kind == KindCode {
			return CodeLabel(x)
		}
		return x
	case []string:
		s := make([]string, len(x))
		for i, c := range x {
			s[i] = CodeLabel(c)
		}
		return strings.Join(s, "、")
	case []lawgov.RuleID:
		s := make([]string, len(x))
		for i, id := range x {
			s[i] = string(id)
		}
		return strings.Join(s, "、")
	case bool:
		if x {
			return "是"
		}
		return "否"
	case lawgov.MonthDay:
		return strconv.Itoa(int(x.Month)) + "月" + strconv.Itoa(x.Day) + "日"
	case Exams:
		s := "不合格" + strconv.Itoa(x.MaxFailures) + "次"
		if x.Consecutive {
			s = "连续" + s
		}
		return s + "：" + consequenceLabels[x.Consequence]
	case decimal.Decimal:
		return strings.Trim(string(v.raw), `"`) + "元" // as written: "200.50" stays 200.50
	case *lawgov.Scheme:
		return x.Name()
	}
	return string(v.raw)
}
