package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

// ContactFilter selects contacts for a list.
type ContactFilter struct {
	Query     string // substring of the full name or the e-mail address
	CompanyID domain.ID
	GroupID   domain.ID
	Limit     int
	Offset    int
}

// Contacts lists contacts by name, with their groups. It fetches one more
// than Limit so callers know whether a next page exists.
func (s *Store) Contacts(ctx context.Context, f ContactFilter) (_ []domain.Contact, more bool, err error) {
	defer domain.Wrap(&err, "store.Contacts(%q)", f.Query)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, false, err
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	where := []string{"ct.tenant_id = $1"}
	args := []any{tid}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + itoa(len(args))
	}
	if f.CompanyID != 0 {
		where = append(where, "ct.company_id = "+arg(f.CompanyID))
	}
	if f.GroupID != 0 {
		where = append(where, `EXISTS (SELECT 1 FROM contact_groups cg WHERE cg.tenant_id = ct.tenant_id
			AND cg.contact_id = ct.id AND cg.group_id = `+arg(f.GroupID)+`)`)
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		p := arg(likePattern(q))
		where = append(where, `(lower(ct.first_name || ' ' || ct.last_name) LIKE `+p+` ESCAPE '\' OR lower(ct.email) LIKE `+p+` ESCAPE '\')`)
	}
	list, err := s.contactList(ctx, ` WHERE `+strings.Join(where, " AND ")+
		` ORDER BY ct.last_name, ct.first_name, ct.id LIMIT `+arg(f.Limit+1)+` OFFSET `+arg(f.Offset), args)
	if err != nil {
		return nil, false, err
	}
	if len(list) > f.Limit {
		list, more = list[:f.Limit], true
	}
	noteContactReads(ctx, list)
	return list, more, s.fillContactGroups(ctx, list)
}

// ContactsOfCompany lists every contact of a company by name, with groups.
func (s *Store) ContactsOfCompany(ctx context.Context, companyID domain.ID) (_ []domain.Contact, err error) {
	defer domain.Wrap(&err, "store.ContactsOfCompany(%d)", companyID)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	list, err := s.contactList(ctx, ` WHERE ct.tenant_id = $1 AND ct.company_id = $2 ORDER BY ct.last_name, ct.first_name, ct.id`,
		[]any{tid, companyID})
	if err != nil {
		return nil, err
	}
	noteContactReads(ctx, list)
	return list, s.fillContactGroups(ctx, list)
}

// noteContactReads records that the request read these contacts (F4).
func noteContactReads(ctx context.Context, list []domain.Contact) {
	for _, c := range list {
		noteRead(ctx, domain.SubjectContact, c.ID)
	}
}

func (s *Store) contactList(ctx context.Context, tail string, args []any) ([]domain.Contact, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+contactColumns+contactFrom+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Contact
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
