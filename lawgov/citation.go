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
// The version is not part of the text; it is in the Version field.
func (c Citation) String() string {
	var b strings.Builder
	if c.Instrument != "" {
		b.WriteString("《")
		b.WriteString(c.Instrument)
		b.WriteString("》")
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
	if c.Article > 0 {
		b.WriteString("第")
		b.WriteString(cnnum.Format(c.Article))
		b.WriteString("条")
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
