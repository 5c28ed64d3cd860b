// Package examples_test builds every example program and runs it the way a
// new user does: from an empty directory, with no arguments. Each example
// finds its data embedded in the binary.
package examples_test

import (
	"bufio"
	"bytes"
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEveryExampleRunsFromAnywhere(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every example; skipped with -short")
	}
	dirs, err := filepath.Glob("*/main.go")
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", bin+string(filepath.Separator), "./...")
	build.Dir = "."
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)

	for _, main := range dirs {
		name := filepath.Dir(main)
		t.Run(name, func(t *testing.T) {
			exe := filepath.Join(bin, name)
			if name == "server" {
				runServer(t, exe)
				return
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, exe)
			cmd.Dir = t.TempDir()
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			require.NoError(t, err, "stderr: %s", stderr.String())
			assert.Greater(t, stdout.Len(), 200, "prints its result: %s", stdout.String())
			entries, err := os.ReadDir(cmd.Dir)
			require.NoError(t, err)
			assert.Empty(t, entries, "writes nothing into the working directory")
		})
	}
}

// runServer starts the server with no arguments (127.0.0.1:8080), waits
// for it to listen, and stops it with SIGINT: it must shut down cleanly.
func runServer(t *testing.T, exe string) {
	ln, err := net.Listen("tcp", "127.0.0.1:8080")
	if err != nil {
		t.Skipf("127.0.0.1:8080, the server's default address, is in use: %v", err)
	}
	ln.Close()
	cmd := exec.Command(exe)
	cmd.Dir = t.TempDir()
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	listening := false
	timeout := time.After(30 * time.Second)
	for !listening {
		select {
		case l, ok := <-lines:
			require.True(t, ok, "server exited before listening")
			listening = strings.Contains(l, "listening on http://127.0.0.1:8080")
		case <-timeout:
			_ = cmd.Process.Kill()
			t.Fatal("server did not start listening")
		}
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	done := make(chan error, 1)
	go func() {
		for range lines {
		}
		done <- cmd.Wait()
	}()
	select {
	case err := <-done:
		assert.NoError(t, err, "clean shutdown on SIGINT")
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("server did not shut down")
	}
}
