// This file holds the rules of 重大行政决策程序暂行条例 (国务院令第713号, 2019)
// on public participation: 第十四条至第十八条.

package decision

import "github.com/fazhi-go/fazhi/lawgov"

// checkParticipation: 第十四条 — public participation unless the matter is
// lawfully not made public.
func checkParticipation(c *run) lawgov.Outcome {
	d := c.d
	if d.NonPublic {
		c.m.s("决策事项依法不予公开，不适用公众参与")
		return lawgov.NotApplicable
	}
	p := d.Participation
	if p == nil {
		c.m.s("未记录公众参与：决策事项未公开征求意见")
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("征求意见 ").d(p.CallPublished).s(" 至 ").d(p.CallClosed)
	if len(p.Methods) > 0 {
		c.m.s("，方式：")
		for i, x := range p.Methods {
			if i > 0 {
				c.m.s("、")
			}
			c.m.s(x)
		}
	}
	c.m.s("，收到意见").n(p.OpinionsReceived).s("条")
	return lawgov.Pass
}

// checkCommentPeriod: 第十五条 — 「公开征求意见的期限一般不少于30日；因情况紧急等原因需要
// 缩短期限的，公开征求意见时应当予以说明」. Calendar days; the day of the call
// is not counted.
func checkCommentPeriod(c *run) lawgov.Outcome {
	p := c.d.Participation
	if c.d.NonPublic || p == nil {
		c.m.s("未公开征求意见，无期限可计")
		return lawgov.NotApplicable
	}
	days, min := p.CallClosed.DaysSince(p.CallPublished), c.p.commentDays
	c.m.s("征求意见 ").d(p.CallPublished).s(" 至 ").d(p.CallClosed).s("，共").n(days).s("日")
	if days >= min {
		c.m.s("，不少于").n(min).s("日")
		return lawgov.Pass
	}
	c.m.s("，少于").n(min).s("日")
	switch {
	case p.ShortenedReason == "" || p.ReasonStated.IsZero():
		c.m.s("，且未在征求意见时说明缩短理由")
		return lawgov.Fail
	case p.ReasonStated.After(p.CallPublished):
		c.m.s("；缩短理由「").s(p.ShortenedReason).s("」于 ").d(p.ReasonStated).s(" 才说明，晚于征求意见开始日")
		return lawgov.Fail
	}
	c.m.s("；已在征求意见时说明缩短理由「").s(p.ShortenedReason).s("」")
	return lawgov.Pass
}

// checkAdoption: 第十八条 and 第二十九条第(二)项 — the study and adoption of the
// public's opinions is recorded and goes to the meeting: due when the draft
// is submitted for discussion, not while opinions are still being studied.
func checkAdoption(c *run) lawgov.Outcome {
	p := c.d.Participation
	if c.d.NonPublic || p == nil {
		c.m.s("未公开征求意见，无意见采纳情况")
		return lawgov.NotApplicable
	}
	c.m.s("收到意见").n(p.OpinionsReceived).s("条，")
	if p.AdoptionRecorded {
		c.m.s("研究采纳情况已记录")
		return lawgov.Pass
	}
	c.m.s("未记录研究采纳情况")
	c.pending = true
	return lawgov.Fail
}

// checkHearing: 第十六条 — a hearing is optional; when held, materials are
// delivered 7 days before (delivery on day −7 is in time, day −6 is late)
// and the participant list is published beforehand.
func checkHearing(c *run) lawgov.Outcome {
	h := c.d.Hearing
	if h == nil {
		c.m.s("未召开听证会（可以召开，非必经程序）")
		return lawgov.NotApplicable
	}
	ok := true
	min := c.p.hearingDays
	c.m.s("听证会 ").d(h.Held)
	if h.MaterialsDelivered.IsZero() {
		c.m.s("，未记录材料送达日期")
		ok = false
	} else {
		days := h.Held.DaysSince(h.MaterialsDelivered)
		c.m.s("，材料 ").d(h.MaterialsDelivered).s(" 送达，提前").n(days).s("日")
		if days >= min {
			c.m.s("，不少于").n(min).s("日")
		} else {
			c.m.s("，少于").n(min).s("日")
			ok = false
		}
	}
	if h.ParticipantsPublished.IsZero() || !h.ParticipantsPublished.Before(h.Held) {
		c.m.s("；听证参加人名单未提前向社会公布")
		ok = false
	} else {
		c.m.s("；参加人名单 ").d(h.ParticipantsPublished).s(" 公布")
	}
	return outcome(ok)
}

// checkSpecificGroups: 第十四条第三款 — a matter that concerns the interests of
// a specific group is discussed with the people's organisations, social
// organisations and representatives concerned.
func checkSpecificGroups(c *run) lawgov.Outcome {
	d, p := c.d, c.d.Participation
	switch {
	case !d.SpecificGroups:
		c.m.s("决策事项未标记为涉及特定群体利益")
		return lawgov.NotApplicable
	case d.NonPublic:
		c.m.s("决策事项依法不予公开，不适用公众参与")
		return lawgov.NotApplicable
	case p == nil || !p.GroupsConsulted:
		c.m.s("决策事项涉及特定群体利益，未记录与相关人民团体、社会组织以及群众代表沟通协商")
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("决策事项涉及特定群体利益，已与相关人民团体、社会组织以及群众代表沟通协商")
	return lawgov.Pass
}

// checkHearingNotice: 第十六条第二款 — before a hearing, the draft and its
// explanation are published, with the time and place of the hearing.
func checkHearingNotice(c *run) lawgov.Outcome {
	h := c.d.Hearing
	if h == nil {
		c.m.s("未召开听证会")
		return lawgov.NotApplicable
	}
	c.m.s("听证会 ").d(h.Held)
	if h.NoticePublished.IsZero() || !h.NoticePublished.Before(h.Held) {
		c.m.s("，未提前公布决策草案及其说明和听证时间、地点")
		return lawgov.Fail
	}
	c.m.s("，决策草案及其说明和听证时间、地点 ").d(h.NoticePublished).s(" 公布")
	return lawgov.Pass
}

// checkHearingRecord: 第十七条第（三）项 — the participants confirm and sign the
// hearing record.
func checkHearingRecord(c *run) lawgov.Outcome {
	h := c.d.Hearing
	if h == nil {
		c.m.s("未召开听证会")
		return lawgov.NotApplicable
	}
	c.m.s("听证会 ").d(h.Held)
	if !h.RecordSigned {
		c.m.s("，听证参加人未确认听证会记录并签字")
		return lawgov.Fail
	}
	c.m.s("，听证参加人已确认听证会记录并签字")
	return lawgov.Pass
}
