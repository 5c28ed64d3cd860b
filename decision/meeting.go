// This file holds the rules of 重大行政决策程序暂行条例 (国务院令第713号, 2019)
// on the collective discussion: 第二十九条, 第三十条, 第三十八条第三款.

package decision

import (
	"slices"

	"github.com/fazhi-go/fazhi/lawgov"
)

// checkDiscussion: 第三十条第一款 — the draft is discussed at an executive or
// plenary meeting; circulation or a special meeting does not count.
func checkDiscussion(c *run) lawgov.Outcome {
	m := c.d.Discussion
	if m == nil {
		c.m.s("决策草案未经决策机关常务会议或者全体会议讨论")
		c.pending = true
		return lawgov.Fail
	}
	c.m.d(m.Held).s(" ").s(m.Kind.Label()).s("讨论，行政首长决定：").s(m.Ruling.Label())
	if m.Kind == ExecutiveMeeting || m.Kind == PlenaryMeeting {
		return lawgov.Pass
	}
	c.m.s("；").s(m.Kind.Label()).s("不属于常务会议或者全体会议")
	return lawgov.Fail
}

// checkChiefLast: 第三十条第二款 — 「行政首长最后发表意见」.
func checkChiefLast(c *run) lawgov.Outcome {
	m := c.d.Discussion
	if m == nil {
		c.m.s("未召开会议")
		return lawgov.NotApplicable
	}
	n := len(m.Speakers)
	last := -1
	for i, s := range m.Speakers {
		if s.Chief {
			last = i
		}
	}
	if last < 0 {
		c.m.s("发言记录").n(n).s("人，无行政首长发言")
		return lawgov.Fail
	}
	chief := m.Speakers[last].Member
	if last == n-1 {
		c.m.s("会议组成人员").n(n - 1).s("人先后发表意见，行政首长").s(chief).s("最后发表意见")
		return lawgov.Pass
	}
	c.m.s("行政首长").s(chief).s("在第").n(last + 1).s("位发言，其后还有").n(n - 1 - last).s("人发言")
	return lawgov.Fail
}

// checkMajorityReason: 第三十条第二款 — 「行政首长拟作出的决定与会议组成人员多数人的意见
// 不一致的，应当在会上说明理由」. How the majority is counted is a parameter.
func checkMajorityReason(c *run) lawgov.Outcome {
	m := c.d.Discussion
	if m == nil {
		c.m.s("未召开会议")
		return lawgov.NotApplicable
	}
	t := m.tally()
	maj := t.majority(c.p.majority)
	c.m.s("组成人员意见：同意").n(t.agree).s("人、不同意").n(t.oppose).s("人、弃权").n(t.abstain).
		s("人（").s(c.p.majority.Label()).s("）")
	if maj == PositionUnspecified {
		c.m.s("，无多数意见；行政首长决定").s(m.Ruling.Label()).s("，无需说明理由")
		return lawgov.Pass
	}
	c.m.s("，多数").s(maj.Label()).s("；行政首长决定").s(m.Ruling.Label())
	if m.Ruling.follows(maj) {
		c.m.s("，与多数意见一致")
		return lawgov.Pass
	}
	if m.ReasonStated {
		c.m.s("，与多数意见不一致，已在会上说明理由")
		return lawgov.Pass
	}
	c.m.s("，与多数意见不一致，未在会上说明理由")
	return lawgov.Fail
}

// checkDissent: 第三十条第三款 — 「不同意见应当如实载明」.
func checkDissent(c *run) lawgov.Outcome {
	m := c.d.Discussion
	if m == nil {
		c.m.s("未召开会议")
		return lawgov.NotApplicable
	}
	n := 0
	for _, s := range m.Speakers {
		if !s.Chief && m.Ruling.dissents(s.Position) {
			if n == 0 {
				c.m.s("不同意见：")
			} else {
				c.m.s("、")
			}
			c.m.s(s.Member).s("（").s(s.Position.Label()).s("）")
			n++
		}
	}
	if n == 0 {
		c.m.s("会议无与决定不同的意见")
		return lawgov.Pass
	}
	if m.DissentMinuted {
		c.m.s("，已如实载明")
		return lawgov.Pass
	}
	c.m.s("，会议记录未如实载明")
	return lawgov.Fail
}

// checkMaterials: 第二十九条 — the draft goes to the meeting with its
// materials: the draft and related materials, with the 公平竞争审查 of a draft
// that concerns market actors' economic activity (一); the study and adoption
// of the public's opinions (二), of the experts' opinions (三) and the risk
// report (四), each when its step was taken; and the legality review opinion
// (五).
func checkMaterials(c *run) lawgov.Outcome {
	d := c.d
	need := [...]struct {
		ok bool
		m  Material
	}{
		{true, MaterialDraft},
		{d.MarketActivity, MaterialFairCompetition},
		{d.Participation != nil, MaterialOpinionAdoption},
		{d.Experts != nil, MaterialExpertAdoption},
		{d.Risk != nil, MaterialRiskReport},
		{true, MaterialReviewOpinion},
	}
	missing, n := 0, 0
	for _, x := range need {
		if !x.ok {
			continue
		}
		n++
		if slices.Contains(d.Materials, x.m) {
			continue
		}
		if missing == 0 {
			c.m.s("提交讨论的材料缺少：")
		} else {
			c.m.s("、")
		}
		c.m.s(x.m.Label())
		missing++
	}
	if missing > 0 {
		// Materials are gathered until the draft is submitted: a gap is
		// not a violation before the meeting.
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("提交讨论的材料齐全（").n(n).s("项）")
	return lawgov.Pass
}

// checkDissentLiability: 第三十八条第三款 — members who stated a dissent at the
// meeting, as the minutes record it (第三十条第三款), have their liability
// reduced or removed if the decision proves a serious error. The rule never
// fails: it records who is eligible.
func checkDissentLiability(c *run) lawgov.Outcome {
	m := c.d.Discussion
	if m == nil {
		c.m.s("未召开会议")
		return lawgov.NotApplicable
	}
	names := 0
	for _, s := range m.Speakers {
		if !s.Chief && m.Ruling.dissents(s.Position) {
			if names == 0 {
				c.m.s("会上表示不同意见的人员：")
			} else {
				c.m.s("、")
			}
			c.m.s(s.Member)
			names++
		}
	}
	switch {
	case names == 0:
		c.m.s("会上无人表示不同意见")
		return lawgov.NotApplicable
	case !m.DissentMinuted:
		c.m.s("；会议记录未载明，无从依第三十八条第三款减免责任")
		return lawgov.NotApplicable
	}
	c.m.s("；已如实载明，决策严重失误时按照规定减免责任")
	return lawgov.Pass
}
