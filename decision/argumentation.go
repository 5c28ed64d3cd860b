// This file holds the rules of 重大行政决策程序暂行条例 (国务院令第713号, 2019)
// on expert argumentation and risk assessment: 第十九条至第二十四条.

package decision

import "github.com/fazhi-go/fazhi/lawgov"

// checkExperts: 第十九条 — technical or specialised matters are argued by
// experts or professional bodies.
func checkExperts(c *run) lawgov.Outcome {
	e := c.d.Experts
	if e == nil {
		if !c.d.Technical {
			c.m.s("决策事项不属于专业性、技术性较强的事项，无需专家论证")
			return lawgov.NotApplicable
		}
		c.m.s("决策事项专业性、技术性较强，未组织专家论证")
		c.pending = true
		return lawgov.Fail
	}
	if len(e.Experts) == 0 {
		c.m.s("未记录论证专家、专业机构")
		return lawgov.Fail
	}
	c.m.s("专家、专业机构").n(len(e.Experts)).s("名论证，完成于 ").d(e.Completed)
	return lawgov.Pass
}

// checkExpertOpinions: 第二十条 (no expert with a direct interest) and
// 第十九条 (written opinions signed or sealed).
func checkExpertOpinions(c *run) lawgov.Outcome {
	e := c.d.Experts
	if e == nil || len(e.Experts) == 0 {
		c.m.s("未组织专家论证")
		return lawgov.NotApplicable
	}
	ok := true
	for _, x := range e.Experts {
		if x.DirectInterest {
			if ok {
				c.m.s("专家")
			} else {
				c.m.s("；专家")
			}
			c.m.s(x.Name).s("与决策事项有直接利害关系")
			ok = false
		}
	}
	for _, x := range e.Experts {
		if !x.Signed {
			if ok {
				c.m.s("专家")
			} else {
				c.m.s("；专家")
			}
			c.m.s(x.Name).s("的书面论证意见未署名、盖章")
			ok = false
		}
	}
	if ok {
		c.m.s("专家").n(len(e.Experts)).s("名均与决策事项无直接利害关系，书面论证意见均已署名")
	}
	return outcome(ok)
}

// checkRisk: 第二十二条 — a risk assessment, or an existing one referenced,
// for matters that may harm social stability or public safety.
func checkRisk(c *run) lawgov.Outcome {
	r := c.d.Risk
	if r == nil {
		if !c.d.StabilityRisk {
			c.m.s("决策实施未标记为可能对社会稳定、公共安全等方面造成不利影响，无需风险评估")
			return lawgov.NotApplicable
		}
		c.m.s("决策实施可能对社会稳定、公共安全等方面造成不利影响，未组织风险评估")
		c.pending = true
		return lawgov.Fail
	}
	if r.Existing != "" {
		c.m.s("已有风险评估「").s(r.Existing).s("」（").d(r.Completed).s("），不作重复评估")
	} else {
		c.m.s("风险评估完成于 ").d(r.Completed)
	}
	c.m.s("，结论：").s(r.Result.Label())
	return lawgov.Pass
}

// checkRiskControl: 第二十四条 — when the risk is uncontrollable, the draft is
// adjusted before the decision is made: 「认为风险不可控的，在采取调整决策草案等措施
// 确保风险可控后，可以作出决策」. Until the meeting the draft may still be
// adjusted, so an unadjusted draft is not yet a violation.
func checkRiskControl(c *run) lawgov.Outcome {
	r := c.d.Risk
	if r == nil {
		c.m.s("未组织风险评估")
		return lawgov.NotApplicable
	}
	c.m.s("风险评估结论：").s(r.Result.Label())
	if r.Result == Controllable {
		return lawgov.Pass
	}
	if r.DraftAdjusted {
		c.m.s("，已调整决策草案")
		return lawgov.Pass
	}
	c.m.s("，决策草案未作调整")
	c.pending = true
	return lawgov.Fail
}

// checkRiskReport: 第二十三条第二款 — an assessment hears the departments
// concerned and produces a report naming the risk points, the preventive
// measures and a contingency plan. An existing assessment relied on
// (第二十二条第二款) is not redone, so its report is not judged here.
func checkRiskReport(c *run) lawgov.Outcome {
	r := c.d.Risk
	switch {
	case r == nil:
		c.m.s("未组织风险评估")
		return lawgov.NotApplicable
	case r.Existing != "":
		c.m.s("依已有评估「").s(r.Existing).s("」，不作重复评估")
		return lawgov.NotApplicable
	case r.Report == nil:
		c.m.s("风险评估完成于 ").d(r.Completed).s("，未形成风险评估报告")
		return lawgov.Fail
	}
	rep := r.Report
	c.m.s("风险评估报告")
	ok := true
	for _, x := range [...]struct {
		done  bool
		label string
	}{{rep.DepartmentsHeard, "听取有关部门意见"}, {rep.RiskPoints, "明确风险点"}, {rep.Measures, "提出风险防范措施"}, {rep.ContingencyPlan, "提出处置预案"}} {
		if !x.done {
			if ok {
				c.m.s("未")
			} else {
				c.m.s("、未")
			}
			c.m.s(x.label)
			ok = false
		}
	}
	if ok {
		c.m.s("已听取有关部门意见，明确风险点，提出风险防范措施和处置预案")
	}
	return outcome(ok)
}
