package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// layoutCheck runs in the page and reports what a reader would see go
// wrong: the page wider than the window, a header cell broken inside a
// word (a line break between two characters that are not a space or
// punctuation), a date or a rate split over two lines, chart text drawn
// smaller than 10.5 px.
const layoutCheck = `(() => {
  const out = {width: window.innerWidth, overflow: document.documentElement.scrollWidth - window.innerWidth,
    headers: 0, wrapped: [], broken: [], small: [], charts: 0};
  const r = document.createRange();
  for (const th of document.querySelectorAll('th')) {
    out.headers++;
    const node = th.firstChild;
    if (!node || node.nodeType !== 3) continue;
    const text = node.data;
    let prev = null;
    for (let i = 0; i < text.length; i++) {
      r.setStart(node, i); r.setEnd(node, i + 1);
      const rects = r.getClientRects();
      if (!rects.length) continue;
      const top = rects[0].top;
      if (prev !== null && top > prev + 2 && !/[\s（(\/、，]/.test(text[i]) && !/[\s）)\/、，]/.test(text[i-1])) {
        out.wrapped.push(text.slice(0, i) + '/' + text.slice(i));
      }
      prev = top;
    }
  }
  for (const s of document.querySelectorAll('.nw')) {
    if (s.getClientRects().length > 1) out.broken.push(s.textContent);
  }
  for (const svg of document.querySelectorAll('svg')) {
    out.charts++;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const t of svg.querySelectorAll('text')) {
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (px < 10.5) out.small.push(t.textContent + ' ' + px.toFixed(1) + 'px');
    }
  }
  return out;
})()`

type layout struct {
	Width    int      `json:"width"`
	Overflow int      `json:"overflow"`
	Headers  int      `json:"headers"`
	Wrapped  []string `json:"wrapped"`
	Broken   []string `json:"broken"`
	Small    []string `json:"small"`
	Charts   int      `json:"charts"`
}

// chromium finds the Debian chromium (or another Chrome) on PATH.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found; .ci/run installs the Debian chromium and fonts-noto-cjk packages")
	}
	t.Skip("chromium not found: install the Debian chromium and fonts-noto-cjk packages to check the HTML report in a browser")
	return ""
}

// TestHTMLInBrowser renders the HTML report in headless Chromium at
// a desktop width (1280 px) and a phone width (390 px), checks the layout
// through the DOM, prints it to A4, and writes screenshots under
// testdata/screenshots for review.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser; skipped with -short")
	}
	exe := chromium(t)
	var html bytes.Buffer
	require.NoError(t, run(&html, []string{"-format", "html"}))
	file := filepath.Join(t.TempDir(), "report.html")
	require.NoError(t, os.WriteFile(file, html.Bytes(), 0o644))

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true), chromedp.Flag("hide-scrollbars", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()

	shots := filepath.Join("testdata", "screenshots")
	require.NoError(t, os.MkdirAll(shots, 0o755))
	for _, w := range []struct {
		name          string
		width, height int64
		mobile        bool
	}{{"desktop", 1280, 900, false}, {"phone", 390, 844, true}} {
		t.Run(w.name, func(t *testing.T) {
			var vp []chromedp.EmulateViewportOption
			if w.mobile {
				vp = append(vp, chromedp.EmulateMobile)
			}
			require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(w.width, w.height, vp...), chromedp.Navigate("file://"+file)))
			got, err := chromedp.Run(ctx, chromedp.Evaluate[layout](layoutCheck))
			require.NoError(t, err)
			assert.Equal(t, int(w.width), got.Width)
			assert.LessOrEqual(t, got.Overflow, 0, "nothing is wider than the window")
			assert.Greater(t, got.Headers, 50)
			assert.Empty(t, got.Wrapped, "header cells broken inside a word")
			assert.Empty(t, got.Broken, "dates or rates split over two lines")
			assert.Equal(t, 3, got.Charts)
			assert.Empty(t, got.Small, "chart text too small to read")

			top, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(shots, w.name+"-top.png"), top, 0o644))
			// Table 6-2, the rates of every definition, the widest table.
			rates, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("#s6 div.scroll:nth-of-type(2)")))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(shots, w.name+"-table-6-2.png"), rates, 0o644))
			chart, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("#s6 figure")))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(shots, w.name+"-chart-6.png"), chart, 0o644))
		})
	}

	t.Run("print A4", func(t *testing.T) {
		yes := true
		pdf, err := chromedp.Run(ctx, func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
			res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &yes})
			return res.Data, err
		})
		require.NoError(t, err)
		pages := strings.Count(string(pdf), "/Type /Page\n") + strings.Count(string(pdf), "/Type /Page>>") + strings.Count(string(pdf), "/Type /Page/")
		t.Logf("A4 pages: %d", pages)
		assert.Greater(t, pages, 5)
		assert.Less(t, pages, 23, "fewer A4 pages than the screen layout printed (23)")
	})
}
