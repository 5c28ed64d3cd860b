package main

import (
	"bytes"
	"context"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/fazhi-go/fazhi/internal/golden"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
	"github.com/oapi-codegen/oapi-codegen/v2/pkg/codegen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOpenAPIFile: openapi.json is the generated document (go test
// ./examples/server -update rewrites it).
func TestOpenAPIFile(t *testing.T) {
	doc, err := openAPIDocument()
	require.NoError(t, err)
	golden.Check(t, "../openapi.json", doc)
}

// contract is the served document, loaded and validated by kin-openapi.
type contract struct {
	doc    *openapi3.T
	router routers.Router
}

var loadContract = sync.OnceValues(func() (*contract, error) {
	raw, err := openAPIDocument()
	if err != nil {
		return nil, err
	}
	doc, err := openapi3.NewLoader().LoadFromData(raw)
	if err != nil {
		return nil, err
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, err
	}
	r, err := legacy.NewRouter(doc)
	if err != nil {
		return nil, err
	}
	return &contract{doc, r}, nil
})

func TestOpenAPIDocument(t *testing.T) {
	c, err := loadContract()
	require.NoError(t, err, "the document is valid OpenAPI 3")
	assert.Equal(t, "3.0.3", c.doc.OpenAPI)
	var documented, served []string
	for path, item := range c.doc.Paths.Map() {
		for method, op := range item.Operations() {
			documented = append(documented, method+" "+path)
			assert.NotEmpty(t, op.OperationID, path)
			assert.NotEmpty(t, op.Tags, path)
		}
	}
	for _, rt := range routes() {
		served = append(served, rt.method+" "+rt.path)
	}
	assert.ElementsMatch(t, served, documented)
	// Every request body is typed: an object schema with properties, and
	// the example validates against it.
	for _, rt := range routes() {
		if rt.op.request == nil {
			continue
		}
		mt := c.doc.Paths.Find(rt.path).Post.RequestBody.Value.Content.Get("application/json")
		s := mt.Schema.Value
		assert.Equal(t, []string{"object"}, s.Type.Slice(), rt.path)
		assert.NotEmpty(t, s.Properties, rt.path)
		assert.NoError(t, s.VisitJSON(mt.Example), "%s: the example matches the schema", rt.path)
	}
	// Enumerations are listed by code, dates have a format.
	period := c.doc.Components.Schemas["PeriodRequest"].Value
	assert.Contains(t, period.Properties["unit"].Value.Enum, "working_days")
	assert.Equal(t, "date", c.doc.Components.Schemas["lawgov.Date"].Value.Format)
	assert.Equal(t, []string{"start", "n"}, period.Required)
}

// checkContract validates one exchange against the document: every
// response must match it; a request the server accepted must match it; a
// request the document rejects must not be accepted.
func checkContract(t *testing.T, req *http.Request, body string, rec *httptest.ResponseRecorder) {
	t.Helper()
	c, err := loadContract()
	require.NoError(t, err)
	req = req.Clone(context.Background())
	req.Body = io.NopCloser(strings.NewReader(body))
	route, params, err := c.router.FindRoute(req)
	if err != nil {
		assert.GreaterOrEqual(t, rec.Code, 400, "an undocumented route is not served: %s %s", req.Method, req.URL.Path)
		return
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{MultiError: true}}
	reqErr := openapi3filter.ValidateRequest(context.Background(), in)
	if rec.Code == http.StatusOK {
		assert.NoError(t, reqErr, "an accepted request matches the document")
	}
	if reqErr != nil {
		assert.GreaterOrEqual(t, rec.Code, 400, "a request the document rejects is not accepted: %v", reqErr)
	}
	resp := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: rec.Code, Header: rec.Header(),
		Options: &openapi3filter.Options{MultiError: true, IncludeResponseStatus: true}}
	resp.SetBodyBytes(rec.Body.Bytes())
	assert.NoError(t, openapi3filter.ValidateResponse(context.Background(), resp), "the %d response matches the document", rec.Code)
}

// TestGeneratedClient generates a Go client from the document with
// oapi-codegen in a temporary directory: every request body is a typed
// struct, with no untyped map or interface{} anywhere in it.
func TestGeneratedClient(t *testing.T) {
	c, err := loadContract()
	require.NoError(t, err)
	code, err := codegen.Generate(c.doc, codegen.Configuration{
		PackageName: "fazhiclient",
		Generate:    codegen.GenerateOptions{Client: true, Models: true},
	})
	require.NoError(t, err)
	dir := t.TempDir()
	file := filepath.Join(dir, "client.gen.go")
	require.NoError(t, os.WriteFile(file, []byte(code), 0o644))

	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, 0)
	require.NoError(t, err, "the generated client is Go")
	types := map[string]ast.Expr{}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			for _, s := range g.Specs {
				ts := s.(*ast.TypeSpec)
				types[ts.Name.Name] = ts.Type
			}
		}
	}
	bodies := 0
	for name := range types {
		if !strings.HasSuffix(name, "JSONRequestBody") {
			continue
		}
		bodies++
		seen := map[string]bool{}
		var walk func(string)
		walk = func(n string) {
			if seen[n] {
				return
			}
			seen[n] = true
			expr, ok := types[n]
			if !ok {
				return
			}
			var b bytes.Buffer
			_ = formatNode(&b, fset, expr)
			src := b.String()
			assert.NotContains(t, src, "map[string]interface{}", "%s (in the body %s) is untyped", n, name)
			assert.NotContains(t, src, "interface{}", "%s (in the body %s) is untyped", n, name)
			for _, id := range identRE.FindAllString(src, -1) {
				walk(id)
			}
		}
		walk(name)
	}
	assert.Equal(t, 5, bodies, "one typed body per POST route")
	// The only untyped value left is the answer of GET /openapi.json, the
	// document itself.
	var untyped []string
	for _, l := range strings.Split(code, "\n") {
		if strings.Contains(l, "map[string]interface{}") {
			untyped = append(untyped, strings.TrimSpace(l))
		}
	}
	assert.Equal(t, []string{"JSON200 *map[string]interface{}", "func (r OpenAPIResponse) GetJSON200() *map[string]interface{} {", "var dest map[string]interface{}"}, untyped,
		"only the OpenAPIResponse (the document) is untyped; a hand-written document left 13 untyped maps")
}

var identRE = regexp.MustCompile(`[A-Z][A-Za-z0-9_]*`)

func formatNode(w io.Writer, fset *token.FileSet, n ast.Node) error {
	return printer.Fprint(w, fset, n)
}
