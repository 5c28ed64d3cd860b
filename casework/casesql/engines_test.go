package casesql_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/stdlib"
)

// missing skips the test, or fails it in CI (CI=true), when an engine
// cannot be found or started.
func missing(t testing.TB, engine string, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is required in CI: %v", engine, err)
	}
	t.Skipf("skipping: %s not available (%v); .ci/run installs it", engine, err)
}

// findBinary looks name up on PATH and then in the Debian directories.
func findBinary(name string, dirs ...string) (string, error) {
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	for _, pattern := range dirs {
		matches, _ := filepath.Glob(filepath.Join(pattern, name))
		slices.Sort(matches)
		if len(matches) > 0 {
			return matches[len(matches)-1], nil
		}
	}
	return "", fmt.Errorf("%s not found on PATH or in %v", name, dirs)
}

// serverDir makes a directory for a throwaway server, owned by account
// when the test runs as root (PostgreSQL refuses to run as root), and
// removed at the end of the test.
func serverDir(t testing.TB, prefix, account string) (string, *syscall.Credential) {
	t.Helper()
	dir, err := os.MkdirTemp("", prefix)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	if os.Geteuid() != 0 {
		return dir, nil
	}
	u, err := user.Lookup(account)
	if err != nil {
		u, err = user.Lookup("nobody")
	}
	if err != nil {
		t.Fatalf("running as root and no account %s or nobody to run the server: %v", account, err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(dir, uid, gid); err != nil {
		t.Fatal(err)
	}
	return dir, &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
}

func command(cred *syscall.Credential, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	return cmd
}

// startPostgres starts a throwaway PostgreSQL cluster listening only on a
// Unix socket in its own directory and returns a database handle.
func startPostgres(t testing.TB) *sql.DB {
	t.Helper()
	dirs := []string{"/usr/lib/postgresql/*/bin"}
	initdb, err := findBinary("initdb", dirs...)
	if err != nil {
		missing(t, "PostgreSQL", err)
	}
	pgctl, err := findBinary("pg_ctl", dirs...)
	if err != nil {
		missing(t, "PostgreSQL", err)
	}
	dir, cred := serverDir(t, "fazhi-pg-", "postgres")
	data := filepath.Join(dir, "data")
	if out, err := command(cred, initdb, "-D", data, "-U", "fazhi", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync").CombinedOutput(); err != nil {
		missing(t, "PostgreSQL", fmt.Errorf("initdb: %v: %s", err, out))
	}
	opts := "-k " + dir + " -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off" +
		" -c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=2GB -c shared_buffers=256MB -c work_mem=64MB"
	if out, err := command(cred, pgctl, "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start").CombinedOutput(); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		missing(t, "PostgreSQL", fmt.Errorf("pg_ctl start: %v: %s %s", err, out, log))
	}
	t.Cleanup(func() {
		_ = command(cred, pgctl, "-D", data, "-m", "immediate", "-w", "stop").Run()
	})
	db, err := sql.Open("pgx", "host="+dir+" user=fazhi dbname=postgres sslmode=disable")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if err := db.Ping(); err != nil {
		t.Fatal(err)
	}
	return db
}

// startMariaDB starts a throwaway MariaDB server listening only on a Unix
// socket and returns a handle on its database fazhi.
func startMariaDB(t testing.TB) *sql.DB {
	t.Helper()
	install, err := findBinary("mariadb-install-db", "/usr/bin")
	if err != nil {
		missing(t, "MariaDB", err)
	}
	server, err := findBinary("mariadbd", "/usr/sbin")
	if err != nil {
		missing(t, "MariaDB", err)
	}
	dir, cred := serverDir(t, "fazhi-my-", "mysql")
	data, sock := filepath.Join(dir, "data"), filepath.Join(dir, "sock")
	var userArg []string
	if cred != nil {
		u, _ := user.LookupId(strconv.Itoa(int(cred.Uid)))
		userArg = []string{"--user=" + u.Username}
	}
	args := append([]string{"--no-defaults", "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db"}, userArg...)
	if out, err := exec.Command(install, args...).CombinedOutput(); err != nil {
		missing(t, "MariaDB", fmt.Errorf("mariadb-install-db: %v: %s", err, out))
	}
	args = append([]string{"--no-defaults", "--datadir=" + data, "--socket=" + sock, "--skip-networking",
		"--pid-file=" + filepath.Join(dir, "pid"), "--log-error=" + filepath.Join(dir, "err.log"),
		"--local-infile=1", "--skip-log-bin", "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0",
		"--innodb-buffer-pool-size=512M", "--innodb-log-file-size=256M",
		"--tmp-table-size=512M", "--max-heap-table-size=512M"}, userArg...)
	cmd := exec.Command(server, args...)
	if err := cmd.Start(); err != nil {
		missing(t, "MariaDB", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})
	cfg := mysql.NewConfig()
	cfg.User, cfg.Net, cfg.Addr = "root", "unix", sock
	cfg.AllowAllFiles = false
	root, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	for deadline := time.Now().Add(60 * time.Second); ; {
		if err = root.Ping(); err == nil {
			break
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(filepath.Join(dir, "err.log"))
			missing(t, "MariaDB", fmt.Errorf("server did not start: %v: %s", err, log))
		}
		time.Sleep(100 * time.Millisecond)
	}
	if _, err := root.Exec("CREATE DATABASE fazhi CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"); err != nil {
		t.Fatal(err)
	}
	cfg.DBName = "fazhi"
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// openDuckDB opens an in-memory DuckDB database.
func openDuckDB(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		missing(t, "DuckDB", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if err := db.Ping(); err != nil {
		missing(t, "DuckDB", err)
	}
	return db
}

// copyPostgres streams the CSV file path into table through COPY.
func copyPostgres(ctx context.Context, db *sql.DB, path, copySQL string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return errors.New("not a pgx connection")
		}
		_, err := c.Conn().PgConn().CopyFrom(ctx, f, copySQL)
		return err
	})
}
