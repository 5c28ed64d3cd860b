// Command server is a small JSON API over the fazhi packages that a
// government platform can run beside its own systems:
//
//	go run ./examples/server -addr 127.0.0.1:8080
//
// Routes (all bodies JSON, see GET /openapi.json):
//
//	POST /v1/periods/end       the last day of a statutory period
//	POST /v1/decisions/check   the findings of a major administrative decision
//	POST /v1/officers/status   an officer's state and whether they may enforce
//	POST /v1/casework/rates    outcome rates for a batch of cases
//	POST /v1/plans/ledger      the ledger state of a posted work plan
//	GET  /openapi.json         the OpenAPI 3 description of these routes
//
// Requests are validated (400 with every field problem, in Chinese or English
// by Accept-Language), bodies are limited in size, the server sets read and
// write timeouts and shuts down gracefully on SIGINT or SIGTERM.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/fazhi-go/fazhi/lawgov/rulepack/catalogue"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Stderr, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

// run serves until ctx is cancelled, then shuts down gracefully.
func run(ctx context.Context, logw io.Writer, args []string) error {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(logw)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	packs := fs.String("packs", "", "a directory of rule packs (*.json) to load beside the shipped ones; the server refuses to start on a broken pack")
	if err := fs.Parse(args); err != nil {
		return err
	}
	reg, err := catalogue.Shipped()
	if *packs != "" {
		reg, err = catalogue.Load(os.DirFS(*packs))
	}
	if err != nil {
		return fmt.Errorf("server: rule packs: %w", err)
	}
	logger := log.New(logw, "", log.LstdFlags)
	srv := &http.Server{
		Addr:              *addr,
		Handler:           newHandlerWith(reg),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger,
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	logger.Printf("fazhi server listening on http://%s (GET /openapi.json)", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Printf("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
