package lawgov

import (
	"strings"

	"github.com/fazhi-go/fazhi/internal/cnnum"
)

// Citation identifies a legal provision (法律依据). Article numbers change
// between revisions, so a Citation names the version whose numbering it uses.
//
// A Citation to a statute sets Instrument, Version and Article (with
// Paragraph and Item when needed). A citation to a local normative document
// or work plan sets Document (its number, such as 赤政发〔2019〕7号) and Part
// (a free locator such as "第(十六)项") and may leave Article zero.
//
// The zero Citation cites nothing; IsZero reports it. Citations are
// comparable with ==.
type Citation struct {
	Instrument string `json:"instrument"`          // official full title, e.g. "中华人民共和国行政处罚法"
	Document   string `json:"document,omitempty"`  // document number (文号), e.g. "国务院令第713号"
	Version    Date   `json:"version"`             // promulgation or revision date whose numbering is used
	Article    int    `json:"article,omitempty"`   // 条; 0 = the whole instrument
	Paragraph  int    `json:"paragraph,omitempty"` // 款; 0 = the whole article
	Item       int    `json:"item,omitempty"`      // 项; 0 = none
	Part       string `json:"part,omitempty"`      // free locator for documents without articles, e.g. "第(十六)项"
}

// IsZero reports whether c is the zero Citation.
func (c Citation) IsZero() bool { return c == Citation{} }

// IsValid reports whether c names an instrument or a document.
func (c Citation) IsValid() bool {
	return (c.Instrument != "" || c.Document != "") && c.Article >= 0 && c.Paragraph >= 0 && c.Item >= 0 &&
		(c.Paragraph == 0 || c.Article > 0) && (c.Item == 0 || c.Article > 0)
}

// Art returns c narrowed to article n of the same instrument and version.
func (c Citation) Art(n int) Citation {
	c.Article, c.Paragraph, c.Item = n, 0, 0
	return c
}

// Para returns c narrowed to paragraph n (款) of its article.
func (c Citation) Para(n int) Citation {
	c.Paragraph, c.Item = n, 0
	return c
}

// It returns c narrowed to item n (项) of its article or paragraph.
func (c Citation) It(n int) Citation {
	c.Item = n
	return c
}

// String renders the Chinese form: 《中华人民共和国行政处罚法》第四十二条第一款,
// 《赤壁市2019年推进依法行政建设法治政府工作要点》（赤政发〔2019〕7号）第(十六)项.
// A title that itself holds book-title marks is rendered as GB/T
// 15834-2011 §4.15 requires, with 〈〉 inside 《》:
// 《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》.
// The version is not part of the text; it is in the Version field.
func (c Citation) String() string {
	return c.head() + c.locator(0)
}

// head renders the instrument and document number.
func (c Citation) head() string {
	var b strings.Builder
	if c.Instrument != "" {
		b.WriteString(BookTitle(c.Instrument))
	}
	if c.Document != "" {
		if c.Instrument != "" {
			b.WriteString("（")
			b.WriteString(c.Document)
			b.WriteString("）")
		} else {
			b.WriteString(c.Document)
		}
	}
	return b.String()
}

// locator renders the article, paragraph, item and part. When the
// citation before it in a merged list cited the same article (sameArticle
// is that article), the article is not repeated: 第十九条第一款、第二款.
func (c Citation) locator(sameArticle int) string {
	var b strings.Builder
	if c.Article > 0 {
		if c.Article != sameArticle || c.Paragraph == 0 {
			b.WriteString("第")
			b.WriteString(cnnum.Format(c.Article))
			b.WriteString("条")
		}
		if c.Paragraph > 0 {
			b.WriteString("第")
			b.WriteString(cnnum.Format(c.Paragraph))
			b.WriteString("款")
		}
		if c.Item > 0 {
			b.WriteString("第（")
			b.WriteString(cnnum.Format(c.Item))
			b.WriteString("）项")
		}
	}
	b.WriteString(c.Part)
	return b.String()
}

// BookTitle puts title in book-title marks (书名号) as GB/T 15834-2011
// §4.15 prescribes: 《title》, with the marks inside the title turned into
// single marks, so 关于适用《中华人民共和国民事诉讼法》的解释 becomes
// 《关于适用〈中华人民共和国民事诉讼法〉的解释》. Every renderer of a title
// in this module uses it.
func BookTitle(title string) string {
	return "《" + strings.NewReplacer("《", "〈", "》", "〉").Replace(title) + "》"
}

// JoinCitations renders cs as one basis text, merging the citations of one
// instrument (same title, document number and version) behind one title:
// 《重大行政决策程序暂行条例》第十九条、第二十条；《中华人民共和国行政处罚法》第四十二条.
// Instruments appear in the order of their first citation, separated by
// 「；」; within one, locators keep their order, repeats are dropped, a
// second paragraph of the same article does not repeat the article
// (第二十六条第一款、第二款), and a citation of the whole instrument adds
// nothing when one of its articles is cited too. An empty cs renders as "".
func JoinCitations(cs []Citation) string {
	type group struct {
		head  string
		parts []Citation
	}
	var groups []*group
	index := map[Citation]*group{}
	seen := map[Citation]bool{}
	for _, c := range cs {
		if seen[c] {
			continue
		}
		seen[c] = true
		key := Citation{Instrument: c.Instrument, Document: c.Document, Version: c.Version}
		g := index[key]
		if g == nil {
			g = &group{head: c.head()}
			index[key] = g
			groups = append(groups, g)
		}
		g.parts = append(g.parts, c)
	}
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			b.WriteString("；")
		}
		b.WriteString(g.head)
		prev, n := 0, 0
		for _, c := range g.parts {
			loc := c.locator(prev)
			if loc == "" {
				continue // the whole instrument, already named
			}
			if n > 0 {
				b.WriteString("、")
			}
			b.WriteString(loc)
			prev, n = c.Article, n+1
		}
	}
	return b.String()
}
