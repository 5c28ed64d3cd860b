package decision

import (
	"time"

	"github.com/fazhi-go/fazhi/lawgov"
)

// Citations used by the rules of this package. Statutes are cited through
// lawgov's Statute builders; the source reports and the State Council
// General Office notice are cited with literals.

// mdr cites 重大行政决策程序暂行条例 (国务院令第713号, 2019-04-20).
func mdr(article int) lawgov.Citation { return lawgov.MajorDecisionRegulation.Art(article) }

// mdrCite cites a paragraph or item of 重大行政决策程序暂行条例.
func mdrCite(article, paragraph, item int) lawgov.Citation {
	return lawgov.MajorDecisionRegulation.Cite(article, paragraph, item)
}

var (
	// ordos2021 is the report in which the two seed gates are written
	// verbatim: 「做到重大行政决策未按规定履行公众参与、专家论证、风险评估等程序一律不予合法性审查」
	// and 「未经合法性审查一律不上会研究」 (part 三(一)).
	ordos2021 = lawgov.Citation{
		Instrument: "鄂尔多斯市人民政府关于2021年法治政府建设情况的报告",
		Version:    lawgov.MustDate(2022, time.January, 7),
		Part:       "三(一)",
	}
	// neimenggu2018 is the 2018 work report of the Inner Mongolia legal
	// affairs office: 「建立重大行政决策"过五关"程序制度」 (part 一) and
	// 「严格遵守公众参与、专家论证、风险评估、合法性审查、集体讨论决定等必经程序」
	// (part 二(四)4).
	neimenggu2018 = lawgov.Citation{
		Instrument: "只争朝夕 扎实工作 全力推进我区法治政府建设进程",
		Document:   "内蒙古自治区人民政府法制办2018年工作报告",
		Version:    lawgov.MustDate(2018, time.April, 23),
		Part:       "二(四)4",
	}
	// neimenggu2018Filing is part 二(四)2 of the same report: 「着力提高规范性文件报备率、备案及时率和规范率」.
	neimenggu2018Filing = lawgov.Citation{
		Instrument: neimenggu2018.Instrument,
		Document:   neimenggu2018.Document,
		Version:    neimenggu2018.Version,
		Part:       "二(四)2",
	}
	// notice37 is 国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知
	// (国办发〔2018〕37号). Only its definition and 「严禁以部门内设机构名义制发行政规范性文件」
	// are verified against an official page; its other requirements used here
	// are recalled and appear only as defaults of parameters.
	notice37 = lawgov.Citation{
		Instrument: "国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知",
		Document:   "国办发〔2018〕37号",
		Version:    lawgov.MustDate(2018, time.May, 16),
	}
	// indicator24 is item 24 of 市县法治政府建设示范指标体系: 7 working days of
	// comment, 30 days for documents closely related to market actors.
	indicator24 = lawgov.Citation{
		Instrument: "市县法治政府建设示范指标体系",
		Part:       "第24项",
	}
	// legislationLaw109 is 立法法 (2023) 第一百零九条: filing within thirty days of publication.
	legislationLaw109 = lawgov.Citation{
		Instrument: "中华人民共和国立法法",
		Version:    lawgov.MustDate(2023, time.March, 13),
		Article:    109,
	}
)

// filingReview2024 cites 法规规章备案审查条例 (国务院令第789号, 2024-08-30), in
// force from 2024-11-01 (its 第二十六条), which replaced 法规规章备案条例 (2001).
// The article numbers were checked against the full text; the decree
// number against a page reproducing the promulgation order.
func filingReview2024(article, paragraph int) lawgov.Citation {
	return lawgov.Citation{
		Instrument: "法规规章备案审查条例",
		Document:   "国务院令第789号",
		Version:    lawgov.MustDate(2024, time.August, 30),
		Article:    article,
		Paragraph:  paragraph,
	}
}

// filingReviewEffective is the day 法规规章备案审查条例 took effect (第二十六条).
var filingReviewEffective = lawgov.MustDate(2024, time.November, 1)

func withPart(c lawgov.Citation, part string) lawgov.Citation {
	c.Part = part
	return c
}
