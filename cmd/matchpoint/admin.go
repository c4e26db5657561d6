package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/matchpoint/matchpoint/domain"
)

func runMigrate(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	var dbf dbFlags
	dbf.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := dbf.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	fmt.Fprintf(stdout, "database %s is up to date\n", db.Dialect)
	return nil
}

func runTenant(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "create" {
		return fmt.Errorf("usage: matchpoint tenant create --slug S --name N [--host H] [--language en]")
	}
	fs := flag.NewFlagSet("tenant create", flag.ContinueOnError)
	var af appFlags
	af.register(fs)
	t := domain.Tenant{}
	fs.StringVar(&t.Slug, "slug", "", "short unique name of the agency")
	fs.StringVar(&t.Name, "name", "", "agency name")
	fs.StringVar(&t.Host, "host", "", "host name the agency is served on")
	fs.StringVar(&t.DefaultLanguage, "language", "en", "default language: en, nl, de or fr")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if t.Slug == "" || t.Name == "" || !domain.ValidLanguage(t.DefaultLanguage) {
		return fmt.Errorf("--slug, --name and a --language of en, nl, de, fr are required")
	}
	a, err := af.build(ctx, envOr("MATCHPOINT_ADDR", "127.0.0.1:8080"), quietLog())
	if err != nil {
		return err
	}
	defer a.DB.Close()
	if err := a.Service.CreateAgency(ctx, &t); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "created agency %q (id %d)\n", t.Slug, t.ID)
	return nil
}

func runUser(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "create" {
		return fmt.Errorf("usage: matchpoint user create --tenant SLUG --email E --name N --password P [--admin]")
	}
	fs := flag.NewFlagSet("user create", flag.ContinueOnError)
	var af appFlags
	af.register(fs)
	slug := fs.String("tenant", "", "agency slug")
	u := domain.User{Role: domain.RoleRecruiter, Active: true}
	fs.StringVar(&u.Email, "email", "", "e-mail address (the sign-in)")
	fs.StringVar(&u.Name, "name", "", "full name")
	fs.StringVar(&u.Language, "language", "en", "language: en, nl, de or fr")
	pw := fs.String("password", "", "password: 10 to 128 characters, not common, not built from a name")
	admin := fs.Bool("admin", false, "give the admin role")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *admin {
		u.Role = domain.RoleAdmin
	}
	if *slug == "" || u.Email == "" || u.Name == "" || *pw == "" {
		return fmt.Errorf("--tenant, --email, --name and --password are required")
	}
	a, err := af.build(ctx, envOr("MATCHPOINT_ADDR", "127.0.0.1:8080"), quietLog())
	if err != nil {
		return err
	}
	defer a.DB.Close()
	t, err := a.DB.Store().TenantBySlug(ctx, *slug)
	if err != nil {
		return fmt.Errorf("agency %q: %w", *slug, err)
	}
	if u, err = a.Accounts.CreateRecruiterWithPassword(ctx, t, u, *pw); err != nil {
		return refusal(a, u.Language, err)
	}
	fmt.Fprintf(stdout, "created %s %s in %q\n", u.Role, u.Email, t.Slug)
	return nil
}
