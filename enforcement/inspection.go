// This file implements the 双随机、一公开 rules for an inspection: 优化营商环境条例
// (国务院令第722号, 2019-10-22) 第五十四条 and the publication of results
// within the rule set's period.

package enforcement

import "github.com/fazhi-go/fazhi/lawgov"

// RandomInspection records how an inspection (行政检查) was chosen and what
// became of its results: 「随机抽取检查对象、随机选派执法检查人员、抽查事项及查处结果
// 及时向社会公开」 (优化营商环境条例 第五十四条). The zero
// RandomInspection records an inspection chosen neither way.
type RandomInspection struct {
	// Exempt marks a special sector or key field (直接涉及公共安全和人民群众生命
	// 健康等特殊行业、重点领域) where 第五十四条 allows other inspection methods.
	Exempt          bool        `json:"exempt,omitempty"`
	TargetDrawn     bool        `json:"target_drawn"`       // 随机抽取检查对象
	InspectorsDrawn bool        `json:"inspectors_drawn"`   // 随机选派执法检查人员
	Draw            string      `json:"draw,omitempty"`     // the digest of the draw ([DrawResult]), if any
	Ended           lawgov.Date `json:"ended,omitzero"`     // 抽查结束
	Published       lawgov.Date `json:"published,omitzero"` // 抽查结果向社会公示
}

var (
	ruleRandomInspection = lawgov.Rule{ID: "enforcement.random-inspection", Title: "双随机抽查方式",
		Basis: []lawgov.Citation{lawgov.BusinessEnvironmentRegulation.Art(54)}, Severity: lawgov.Violation}
)

func (rs *RuleSet) ruleInspectionPublicity() lawgov.Rule {
	return lawgov.Rule{ID: "enforcement.inspection-publicity", Title: "抽查结果公示",
		Basis: []lawgov.Citation{lawgov.BusinessEnvironmentRegulation.Art(54), rs.InspectionPublicity.Basis}, Severity: lawgov.Violation}
}

// inspection applies 第五十四条 (the method) and the rule set's period for
// publishing results to a recorded random inspection.
func (c *check) inspection() error {
	a, m := c.a, c.m
	ri := a.Inspection
	if a.Kind != Inspection || ri == nil {
		c.na(posRandomInspection).s("未记录双随机抽查")
		c.na(posInspectionPublicity).s("未记录双随机抽查")
		return nil
	}
	switch {
	case ri.Exempt:
		c.na(posRandomInspection).s("属于直接涉及公共安全和人民群众生命健康等特殊行业、重点领域")
	case ri.TargetDrawn && ri.InspectorsDrawn:
		c.pass(posRandomInspection).s("随机抽取检查对象、随机选派执法检查人员")
		if ri.Draw != "" {
			m.s("（抽取摘要 ").s(ri.Draw).s("）")
		}
	case !ri.TargetDrawn && !ri.InspectorsDrawn:
		c.fail(posRandomInspection).s("检查对象和执法检查人员均未随机抽取")
	case !ri.TargetDrawn:
		c.fail(posRandomInspection).s("检查对象未随机抽取")
	default:
		c.fail(posRandomInspection).s("执法检查人员未随机选派")
	}
	if ri.Ended.IsZero() {
		c.na(posInspectionPublicity).s("抽查尚未结束")
		return nil
	}
	p := c.rs.InspectionPublicity.Period
	due, err := c.due(ri.Ended, p, "inspection publicity")
	if err != nil {
		return err
	}
	c.begin(posInspectionPublicity).s("抽查 ").d(ri.Ended).s(" 结束，应于").p(p).s("内公示结果，届满 ").d(due)
	m.judge(m.deadline(ri.Published, due, c.asOf, "公示", "公示"))
	return nil
}
