package main

import (
	"fmt"
	"time"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/lawgov"
)

var docSubjects = []string{
	"城区临时占道管理", "农村宅基地审批管理", "政府投资项目管理", "行政事业性国有资产管理", "城乡居民医疗救助",
	"建筑垃圾处置管理", "耕地保护激励", "中小企业融资担保", "农村饮用水源保护", "公共租赁住房管理",
	"城镇燃气安全管理", "河道采砂管理", "养犬管理", "网格化社会治理", "政府购买服务管理",
	"户外广告设置管理", "残疾人两项补贴发放", "校园周边食品安全管理", "林地占用审核", "安全生产举报奖励",
	"农村集体经济组织财务管理", "城市绿化管理", "殡葬管理", "公共数据共享", "旅游市场秩序管理",
	"征地补偿安置", "住房公积金缴存", "农机购置补贴", "文物保护单位管理", "城区停车管理",
}

var docIssuers = []string{"qx.gov", "qx.gov", "qx.gov", "qx.nr", "qx.housing", "qx.samr", "qx.finance", "qx.agri", "qx.urban", "qx.civil", "qx.eco", "qx.transport"}

// documents writes the normative documents: those published in 2025, most
// filed within the county's 15 days, a few late, one not filed, one never
// published; and the older documents reviewed in the 2025 cleanup, whose
// outcomes partition them (鄂尔多斯 2021: 257 = 153 + 46 + 58, here smaller).
func (x *g) documents() error {
	var docs []decision.Document
	mk := func(n int, y int, pub lawgov.Date) decision.Document {
		issuer := docIssuers[x.rng.IntN(len(docIssuers))]
		subject := docSubjects[(n*7+y)%len(docSubjects)]
		name := unitName(issuer)
		prefix := "清政规"
		if issuer != "qx.gov" {
			prefix = "清" + []string{"资", "建", "市监", "财", "农", "城管", "民", "环", "交"}[x.rng.IntN(9)] + "规"
		}
		title := fmt.Sprintf("%s关于印发《清溪县%s办法》的通知", name, subject)
		opened := pub.AddDays(-60 - x.rng.IntN(30))
		doc := decision.Document{
			ID: fmt.Sprintf("QXGF-%d-%03d", y, n), Title: title, Kind: decision.NormativeDocument,
			Issuer: decision.Agency, IssuerName: name, Number: fmt.Sprintf("%s〔%d〕%d号", prefix, y, n),
			CommentOpened: opened, CommentClosed: opened.AddDays(20),
			ReviewSubmitted: opened.AddDays(25), ReviewOpinion: opened.AddDays(35), ReviewLawful: true,
			Deliberated: opened.AddDays(45), Registered: true, Numbered: true, Issued: true,
			Published: pub, Effective: pub.AddDays(30), ValidUntil: pub.AddDays(30).AddYears(5).AddDays(-1),
			Filed: pub.AddDays(2 + x.rng.IntN(10)), FilingReviewed: true, FilingCompliant: true,
		}
		return doc
	}

	// Published in 2025: 26 documents in each copy of the county.
	for n := 1; n <= 26*x.scale; n++ {
		pub := x.between(d(2025, 2, 1), d(2025, 11, 30))
		doc := mk(n, 2025, pub)
		switch (n-1)%26 + 1 {
		case 4, 11, 19: // filed late: 20–40 days after publication
			doc.Filed = pub.AddDays(20 + x.rng.IntN(20))
		case 15: // not filed at all
			doc.Filed, doc.FilingReviewed, doc.FilingCompliant = lawgov.Date{}, false, false
		case 8: // filing review found a problem
			doc.FilingCompliant = false
		case 22: // comment period of 4 days
			doc.CommentClosed = doc.CommentOpened.AddDays(4)
		case 24: // drafted by an internal division (内设机构)
			doc.Issuer = decision.InternalDivision
			doc.IssuerName = "县自然资源局耕地保护股"
		case 26: // issued, numbered, never published: no basis of administration
			doc.Published, doc.Effective, doc.ValidUntil = lawgov.Date{}, lawgov.Date{}, lawgov.Date{}
			doc.Filed, doc.FilingReviewed, doc.FilingCompliant = lawgov.Date{}, false, false
		}
		docs = append(docs, doc)
	}

	// Older documents, 2019–2024, all reviewed in the 2025 cleanup:
	// 40 = 24 continued + 5 amended + 5 repealed + 6 declared invalid in
	// each copy of the county.
	outcomes := make([]decision.CleanupOutcome, 0, 40*x.scale)
	for range 24 * x.scale {
		outcomes = append(outcomes, decision.Continued)
	}
	for range 5 * x.scale {
		outcomes = append(outcomes, decision.Amended)
	}
	for range 5 * x.scale {
		outcomes = append(outcomes, decision.Repealed)
	}
	for range 6 * x.scale {
		outcomes = append(outcomes, decision.DeclaredInvalid)
	}
	x.rng.Shuffle(len(outcomes), func(i, j int) { outcomes[i], outcomes[j] = outcomes[j], outcomes[i] })
	for i, o := range outcomes {
		y := 2019 + i%6
		pub := x.between(lawgov.MustDate(y, 1, 10), lawgov.MustDate(y, 12, 10))
		doc := mk(i+1, y, pub)
		if i%9 == 0 {
			doc.ValidUntil = lawgov.Date{} // no validity period declared
		}
		doc.Cleanups = []decision.CleanupResult{{Date: d(2025, 9, 26), Outcome: o}}
		docs = append(docs, doc)
	}
	// Two older documents outside the cleanup whose validity lapsed in
	// 2025, numbered after the cleanup's.
	for i := range 2 * x.scale {
		pub := lawgov.MustDate(2020, time.Month(3+4*(i%2)), 15)
		doc := mk(len(outcomes)+1+i, 2020, pub)
		doc.ValidUntil = pub.AddYears(5).AddDays(-1)
		docs = append(docs, doc)
	}
	for i := range docs {
		if err := docs[i].Validate(); err != nil {
			return fmt.Errorf("document %s: %w", docs[i].ID, err)
		}
	}
	return x.writeJSON("documents.json", docs)
}
