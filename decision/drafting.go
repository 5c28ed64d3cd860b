// This file holds the rules of 重大行政决策程序暂行条例 (国务院令第713号, 2019)
// on scope and the launch of a decision: 第二条, 第三条, 第十一条, 第十三条, 第四十二条.

package decision

import "github.com/fazhi-go/fazhi/lawgov"

// checkScope: 第二条 (county-level and above governments), 第三条第二款
// (exclusions), 第四十二条 (departments and townships 参照执行).
func checkScope(c *run) lawgov.Outcome {
	d := c.d
	if d.Exclusion != ExclusionUnspecified {
		// 第三条第二款
		c.m.s("决策事项属于").s(d.Exclusion.Label()).s("，依第三条第二款不适用本条例")
		return lawgov.NotApplicable
	}
	c.m.s("决策机关").s(d.Body.Name).s("为").s(d.Body.Level.Label())
	if d.Applicability() == Reference {
		// 第四十二条
		c.m.s("，参照本条例执行（第四十二条）")
	} else {
		c.m.s("，适用本条例（第二条）")
	}
	c.m.s("；事项类型：").s(d.Matter.Label())
	return lawgov.Pass
}

// checkCatalogue: 第三条第三款 — a catalogue is optional («可以»), but one in
// use is consented to by the party committee and published.
func checkCatalogue(c *run) lawgov.Outcome {
	k := c.d.Catalogue
	if !k.Listed {
		c.m.s("决策事项未列入决策事项目录（决策机关可以确定目录）")
		return lawgov.NotApplicable
	}
	c.m.s("列入决策事项目录")
	if k.Entry != "" {
		c.m.s("「").s(k.Entry).s("」")
	}
	ok := k.PartyCommitteeConsent && !k.Published.IsZero() && !k.Published.After(c.asOf)
	if k.PartyCommitteeConsent {
		c.m.s("，已经同级党委同意")
	} else {
		c.m.s("，未经同级党委同意")
	}
	if k.Published.IsZero() || k.Published.After(c.asOf) {
		c.m.s("，目录未向社会公布")
	} else {
		c.m.s("，目录于 ").d(k.Published).s(" 向社会公布")
	}
	return outcome(ok)
}

// checkLeadUnit: 第十一条 — two or more undertaking units need exactly one lead.
func checkLeadUnit(c *run) lawgov.Outcome {
	us := c.d.Units
	switch len(us) {
	case 0:
		c.m.s("未记录决策承办单位")
		return lawgov.Fail
	case 1:
		c.m.s("决策承办单位1个：").s(us[0].Name)
		return lawgov.Pass
	}
	leads, lead := 0, ""
	for _, u := range us {
		if u.Lead {
			leads++
			lead = u.Name
		}
	}
	c.m.s("决策承办单位").n(len(us)).s("个，明确牵头单位").n(leads).s("个")
	if leads == 1 {
		c.m.s("：").s(lead)
		return lawgov.Pass
	}
	c.m.s("，应当明确1个牵头的决策承办单位")
	return lawgov.Fail
}

// checkConsultation: 第十三条 — a matter that concerns the duties of the
// body's departments or lower-level governments is worked out with them;
// where they disagree, the dispute is explained to the body.
func checkConsultation(c *run) lawgov.Outcome {
	d, k := c.d, c.d.Consultation
	if k == nil {
		if !d.ConcernsOtherUnits {
			c.m.s("决策事项未标记为涉及所属部门、下一级人民政府等单位的职责，无需专门协商")
			return lawgov.NotApplicable
		}
		c.m.s("决策事项涉及有关单位职责，未记录与有关单位协商")
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("与")
	if len(k.Units) == 0 {
		c.m.s("有关单位")
	}
	for i, u := range k.Units {
		if i > 0 {
			c.m.s("、")
		}
		c.m.s(u)
	}
	c.m.s("协商，").d(k.Completed).s(" 完成")
	if !k.Disputed {
		c.m.s("，取得一致意见")
		return lawgov.Pass
	}
	if k.DisputeExplained {
		c.m.s("；未能取得一致意见，已向决策机关说明争议的主要问题和各方意见")
		return lawgov.Pass
	}
	c.m.s("；未能取得一致意见，未向决策机关说明争议的主要问题、有关单位的意见和承办单位的意见、理由和依据")
	c.pending = true
	return lawgov.Fail
}
