package lawgov_test

import (
	"encoding/json"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chibi2019 cites item (十六) of a local work plan, one of the source documents.
var chibi2019 = lawgov.Citation{
	Instrument: "赤壁市2019年推进依法行政建设法治政府工作要点",
	Document:   "赤政发〔2019〕7号",
	Version:    lawgov.MustDate(2019, 7, 5),
	Part:       "第(十六)项",
}

func TestCitationString(t *testing.T) {
	tests := []struct {
		name string
		c    lawgov.Citation
		want string
	}{
		{"article and paragraph", lawgov.AdministrativePenaltyLaw.Cite(42, 1, 0), "《中华人民共和国行政处罚法》第四十二条第一款"},
		{"article", lawgov.CivilCode.Art(202), "《中华人民共和国民法典》第二百零二条"},
		{"item", lawgov.AdministrativeLitigationLaw.Cite(70, 0, 3), "《中华人民共和国行政诉讼法》第七十条第（三）项"},
		{"paragraph and item", lawgov.AdministrativePenaltyLaw.Cite(58, 1, 4), "《中华人民共和国行政处罚法》第五十八条第一款第（四）项"},
		{"instrument with document number", lawgov.MajorDecisionRegulation.Art(26), "《重大行政决策程序暂行条例》（国务院令第713号）第二十六条"},
		{"local document", chibi2019, "《赤壁市2019年推进依法行政建设法治政府工作要点》（赤政发〔2019〕7号）第(十六)项"},
		{"document number only", lawgov.Citation{Document: "国办发〔2018〕37号"}, "国办发〔2018〕37号"},
		{"whole instrument", lawgov.AdministrativeLicensingLaw.Citation(), "《中华人民共和国行政许可法》"},
		{"article 10", lawgov.AdministrativeCoercionLaw.Art(10), "《中华人民共和国行政强制法》第十条"},
		{"article 101", lawgov.CivilCode.Art(101), "《中华人民共和国民法典》第一百零一条"},
		{"zero", lawgov.Citation{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.c.String())
		})
	}
}

func TestCitationBuilders(t *testing.T) {
	c := lawgov.AdministrativePenaltyLaw.Art(58).Para(1).It(4)
	assert.Equal(t, lawgov.AdministrativePenaltyLaw.Cite(58, 1, 4), c)
	assert.Equal(t, lawgov.AdministrativePenaltyLaw.Art(58), c.Art(58))
	assert.Equal(t, "2021-01-22", c.Version.String())
	assert.True(t, c.IsValid())
	assert.False(t, c.IsZero())
	assert.True(t, lawgov.Citation{}.IsZero())
	assert.False(t, lawgov.Citation{}.IsValid())
	assert.True(t, chibi2019.IsValid())
	assert.False(t, lawgov.Citation{Instrument: "x", Paragraph: 1}.IsValid(), "a paragraph needs an article")
	assert.False(t, lawgov.Citation{Instrument: "x", Item: 1}.IsValid(), "an item needs an article")
	assert.False(t, lawgov.Citation{Instrument: "x", Article: -1}.IsValid())
	assert.Equal(t, lawgov.Citation{}, lawgov.StatuteUnspecified.Art(3).Art(0))
	assert.Equal(t, "", lawgov.Statute(200).Title())
	assert.True(t, lawgov.Statute(200).Version().IsZero())
}

func TestStatuteData(t *testing.T) {
	for s := lawgov.Statute(1); s.IsValid(); s++ {
		c := s.Citation()
		assert.True(t, c.IsValid(), s.String())
		assert.Equal(t, s.Title(), c.Instrument)
		assert.False(t, s.Version().IsZero(), s.String())
		assert.Equal(t, s.Version(), c.Version)
	}
	assert.Equal(t, "中华人民共和国行政处罚法", lawgov.AdministrativePenaltyLaw.Title())
	assert.Equal(t, "行政处罚法", lawgov.AdministrativePenaltyLaw.Label())
	assert.Equal(t, "2023-09-01", lawgov.AdministrativeReconsiderationLaw.Version().String())
	assert.Equal(t, "法释〔2018〕1号", lawgov.AdministrativeLitigationInterp.Citation().Document)
}

func TestCitationJSON(t *testing.T) {
	for _, c := range []lawgov.Citation{lawgov.AdministrativePenaltyLaw.Cite(42, 1, 0), chibi2019, {}} {
		b, err := json.Marshal(c)
		require.NoError(t, err)
		var got lawgov.Citation
		require.NoError(t, json.Unmarshal(b, &got))
		assert.Equal(t, c, got)
	}
	b, err := json.Marshal(lawgov.AdministrativePenaltyLaw.Cite(42, 1, 0))
	require.NoError(t, err)
	assert.JSONEq(t, `{"instrument":"中华人民共和国行政处罚法","version":"2021-01-22","article":42,"paragraph":1}`, string(b))
}

func TestBookTitlesAndJoin(t *testing.T) {
	interp := lawgov.Citation{Instrument: "最高人民法院关于适用《中华人民共和国行政诉讼法》的解释", Document: "法释〔2018〕1号", Version: lawgov.MustParseDate("2018-02-06")}
	// GB/T 15834-2011 4.15: 书名号中还要用书名号时，里面一层用单书名号。
	assert.Equal(t, "《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》（法释〔2018〕1号）第一百二十八条", interp.Art(128).String())
	assert.Equal(t, "《关于〈行政执法证〉管理的办法》", lawgov.BookTitle("关于《行政执法证》管理的办法"))

	reg := lawgov.Citation{Instrument: "重大行政决策程序暂行条例", Document: "国务院令第713号", Version: lawgov.MustParseDate("2019-04-20")}
	pen := lawgov.AdministrativePenaltyLaw
	for _, tt := range []struct {
		name string
		in   []lawgov.Citation
		want string
	}{
		{"none", nil, ""},
		{"one", []lawgov.Citation{reg.Art(19)}, "《重大行政决策程序暂行条例》（国务院令第713号）第十九条"},
		{"one instrument merged", []lawgov.Citation{reg.Art(19), reg.Art(20)}, "《重大行政决策程序暂行条例》（国务院令第713号）第十九条、第二十条"},
		{"two instruments in first-citation order", []lawgov.Citation{reg.Art(19), pen.Art(42), reg.Art(20), reg.Art(19)},
			"《重大行政决策程序暂行条例》（国务院令第713号）第十九条、第二十条；《中华人民共和国行政处罚法》第四十二条"},
		{"paragraphs of one article", []lawgov.Citation{reg.Art(26).Para(1), reg.Art(26).Para(2), reg.Art(26).Para(2).It(3)},
			"《重大行政决策程序暂行条例》（国务院令第713号）第二十六条第一款、第二款、第二款第（三）项"},
		{"the whole instrument adds nothing", []lawgov.Citation{reg, reg.Art(19)}, "《重大行政决策程序暂行条例》（国务院令第713号）第十九条"},
		{"the whole instrument alone", []lawgov.Citation{reg}, "《重大行政决策程序暂行条例》（国务院令第713号）"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, lawgov.JoinCitations(tt.in))
		})
	}
}
