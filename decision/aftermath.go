// This file holds the rules of 重大行政决策程序暂行条例 (国务院令第713号, 2019)
// on execution and change: 第三十四条至第三十七条.

package decision

import "github.com/fazhi-go/fazhi/lawgov"

// checkEvaluation: 第三十六条 — an optional post-decision evaluation, started
// for one of its three circumstances, by an evaluator that did not do the main
// argumentation or assessment work before the decision.
func checkEvaluation(c *run) lawgov.Outcome {
	e := c.d.Evaluation
	if e == nil {
		c.m.s("未组织决策后评估（可以组织，非必经程序）")
		return lawgov.NotApplicable
	}
	ok := true
	c.m.d(e.Started).s(" 启动决策后评估")
	if len(e.Triggers) == 0 {
		c.m.s("，未记录启动评估的情形")
		ok = false
	} else {
		c.m.s("，情形：")
		for i, t := range e.Triggers {
			if i > 0 {
				c.m.s("；")
			}
			c.m.s(t.Label())
		}
	}
	if e.EvaluatorArguedDraft {
		c.m.s("；评估单位").s(e.Evaluator).s("在决策作出前承担了主要论证评估工作")
		ok = false
	} else if e.Evaluator != "" {
		c.m.s("；评估单位：").s(e.Evaluator)
	}
	return outcome(ok)
}

// checkExecution: 第三十四条 — the body names the unit that carries out the
// decision.
func checkExecution(c *run) lawgov.Outcome {
	d, e := c.d, c.d.Execution
	if e == nil {
		if d.Discussion == nil || d.Discussion.Ruling != Adopt {
			c.m.s("决策尚未作出，无需明确执行单位")
			return lawgov.NotApplicable
		}
		c.m.s("决策已于 ").d(d.Discussion.Held).s(" 作出，未明确决策执行单位")
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("决策执行单位：").s(e.Unit).s("（").d(e.Designated).s(" 明确）")
	return lawgov.Pass
}

// checkChanges: 第三十七条 — a decision is not changed or stopped without the
// statutory procedure; the chief may first suspend it alone only when a
// circumstance of 第三十五条 arises and the matter is urgent; a major
// adjustment goes through the procedure again.
func checkChanges(c *run) lawgov.Outcome {
	if len(c.d.Changes) == 0 {
		c.m.s("决策执行中未变更、中止或者停止执行")
		return lawgov.NotApplicable
	}
	ok := true
	for i, x := range c.d.Changes {
		if i > 0 {
			c.m.s("；")
		}
		c.m.d(x.Date).s(" ").s(x.Kind.Label())
		switch {
		case x.Kind == Suspension && x.ByChief && x.Urgent:
			c.m.s("，行政首长因第三十五条规定的情形、情况紧急先决定中止执行")
		case x.Kind == Suspension && x.ByChief:
			c.m.s("，行政首长先决定中止执行，但不属于第三十五条规定的情形且情况紧急")
			ok = false
		case x.ProcedureFollowed:
			c.m.s("，已履行法定程序")
		default:
			c.m.s("，未履行法定程序")
			ok = false
		}
	}
	return outcome(ok)
}
