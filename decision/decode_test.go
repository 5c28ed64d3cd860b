package decision_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecode(t *testing.T) {
	f, err := os.Open("testdata/parking-flawed.json")
	require.NoError(t, err)
	defer f.Close()
	d, err := decision.Decode(f)
	require.NoError(t, err)
	assert.Equal(t, "县城老城区路内停车泊位收费调整", d.Title)
	assert.Equal(t, lawgov.MustParseDate("2024-10-20"), d.Participation.CallClosed)
}

func TestDecodeEveryProblem(t *testing.T) {
	in := `{"id":"X","Title":"t","title":"t","body":{"name":"县人民政府","level":"county"},"matter":"public_policy",
		"units":[{"name":"a"},{"name":""},{"name":"c","lead":"yes"}],
		"participation":{"call_published":"2024-09-31"}}`
	_, err := decision.Decode(strings.NewReader(in))
	var ie *lawgov.InvalidInputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, []string{
		"Title与字段title仅大小写不同（键名区分大小写）",
		"units[2].lead应为布尔值，实际为字符串",
		"participation.call_published的值「2024-09-31」不是有效日期（格式为2006-01-02）",
		"units[1].name为必填字段",
		"participation.call_closed必须是有效值",
	}, ie.Messages("zh"))

	_, err = decision.Decode(strings.NewReader(`{"id":`))
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "syntax", ie.Fields[0].Rule)
}

func ExampleDecode() {
	_, err := decision.Decode(strings.NewReader(`{"id":"县-2024-01","title":"老城区停车收费调整","body":{"name":"县人民政府","level":"county"},"matter":"public_policy","Matter":"x","participation":{"call_published":"2024-09-01","call_closed":"2024-09-31"}}`))
	var ie *lawgov.InvalidInputError
	if errors.As(err, &ie) {
		for _, m := range ie.Messages("zh") {
			fmt.Println(m)
		}
	}
	// Output:
	// Matter与字段matter仅大小写不同（键名区分大小写）
	// participation.call_closed的值「2024-09-31」不是有效日期（格式为2006-01-02）
}

// FuzzDecode: any input gives a decision or an *lawgov.InvalidInputError
// naming at least one problem, never a panic; a decision it accepts
// passes Validate.
func FuzzDecode(f *testing.F) {
	for _, name := range []string{"testdata/parking-flawed.json", "testdata/parking-complete.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{`{}`, `{"id":"a","ID":"b"}`, `{"participation":{"call_closed":"2023-02-29"}}`, `[`, `{"units":[{"name":"x","name":"y"}]}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := decision.Decode(strings.NewReader(s))
		if err == nil {
			if verr := d.Validate(); verr != nil {
				t.Fatalf("accepted a decision that Validate rejects: %v", verr)
			}
			return
		}
		var ie *lawgov.InvalidInputError
		if !errors.As(err, &ie) || len(ie.Fields) == 0 {
			t.Fatalf("error without field problems: %v", err)
		}
	})
}
