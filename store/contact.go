package store

import (
	"context"
	"strings"

	"github.com/matchpoint/matchpoint/domain"
)

const contactColumns = `ct.id, ct.tenant_id, ct.company_id, ct.owner_id, ct.relation_id, ct.first_name, ct.last_name,
	ct.email, ct.phone, ct.job_title, ct.language, ct.created_at, ct.updated_at, co.name, u.name, COALESCE(cr.name, '')`

const contactFrom = ` FROM contacts ct
	JOIN companies co ON co.tenant_id = ct.tenant_id AND co.id = ct.company_id
	JOIN users u ON u.tenant_id = ct.tenant_id AND u.id = ct.owner_id
	LEFT JOIN contact_relations cr ON cr.tenant_id = ct.tenant_id AND cr.id = ct.relation_id`

func scanContact(row interface{ Scan(...any) error }) (domain.Contact, error) {
	var c domain.Contact
	err := row.Scan(&c.ID, &c.TenantID, &c.CompanyID, &c.OwnerID, scanID{&c.RelationID}, &c.FirstName, &c.LastName,
		&c.Email, &c.Phone, &c.JobTitle, &c.Language, &c.CreatedAt, &c.UpdatedAt, &c.CompanyName, &c.OwnerName, &c.RelationName)
	return c, translate(err)
}

// Contact returns one contact of the tenant with its groups.
func (s *Store) Contact(ctx context.Context, id domain.ID) (_ domain.Contact, err error) {
	defer domain.Wrap(&err, "store.Contact(%d)", id)
	return s.contactWhere(ctx, `ct.id = $2`, id)
}

// ContactByEmail returns the contact with this e-mail address (Hiring Portal
// sign-in), with its groups.
func (s *Store) ContactByEmail(ctx context.Context, email string) (_ domain.Contact, err error) {
	defer domain.Wrap(&err, "store.ContactByEmail")
	email = strings.ToLower(strings.TrimSpace(email))
	if email == "" {
		return domain.Contact{}, domain.ErrNotFound
	}
	return s.contactWhere(ctx, `lower(ct.email) = $2`, email)
}

func (s *Store) contactWhere(ctx context.Context, cond string, arg any) (domain.Contact, error) {
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Contact{}, err
	}
	c, err := scanContact(s.r.QueryRowContext(ctx, `SELECT `+contactColumns+contactFrom+
		` WHERE ct.tenant_id = $1 AND `+cond+` ORDER BY ct.id LIMIT 1`, tid, arg))
	if err != nil {
		return domain.Contact{}, err
	}
	list := []domain.Contact{c}
	if err := s.fillContactGroups(ctx, list); err != nil {
		return domain.Contact{}, err
	}
	noteRead(ctx, domain.SubjectContact, c.ID) // F4
	return list[0], nil
}

// CreateContact inserts a contact and its group memberships in one transaction.
func (s *Store) CreateContact(ctx context.Context, c *domain.Contact) (err error) {
	defer domain.Wrap(&err, "store.CreateContact")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		c.TenantID = tid
		c.CreatedAt = tx.now()
		c.UpdatedAt = c.CreatedAt
		if err := tx.w.QueryRowContext(ctx, `INSERT INTO contacts (tenant_id, company_id, owner_id, relation_id, first_name,
			last_name, email, phone, job_title, language, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
			tid, c.CompanyID, c.OwnerID, nullID(c.RelationID), c.FirstName, c.LastName, strings.TrimSpace(c.Email),
			c.Phone, c.JobTitle, c.Language, c.CreatedAt, c.UpdatedAt).Scan(&c.ID); err != nil {
			return translate(err)
		}
		return tx.replaceContactGroups(ctx, tid, c.ID, c.GroupIDs)
	})
}

// UpdateContact saves a contact's fields and replaces its group memberships
// in one transaction.
func (s *Store) UpdateContact(ctx context.Context, c *domain.Contact) (err error) {
	defer domain.Wrap(&err, "store.UpdateContact(%d)", c.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		c.UpdatedAt = tx.now()
		if err := expectOne(tx.w.ExecContext(ctx, `UPDATE contacts SET company_id = $1, owner_id = $2, relation_id = $3,
			first_name = $4, last_name = $5, email = $6, phone = $7, job_title = $8, language = $9, updated_at = $10
			WHERE tenant_id = $11 AND id = $12`,
			c.CompanyID, c.OwnerID, nullID(c.RelationID), c.FirstName, c.LastName, strings.TrimSpace(c.Email), c.Phone,
			c.JobTitle, c.Language, c.UpdatedAt, tid, c.ID)); err != nil {
			return err
		}
		if err := tx.replaceContactGroups(ctx, tid, c.ID, c.GroupIDs); err != nil {
			return err
		}
		return tx.endHiringSessionsUnlessAllowed(ctx, tid, c.ID, c.GroupIDs)
	})
}

// replaceContactGroups makes groups the contact's exact memberships. The
// composite foreign key refuses a group of another tenant.
func (s *Store) replaceContactGroups(ctx context.Context, tid, contactID domain.ID, groups []domain.ID) error {
	if _, err := s.w.ExecContext(ctx, `DELETE FROM contact_groups WHERE tenant_id = $1 AND contact_id = $2`, tid, contactID); err != nil {
		return translate(err)
	}
	seen := map[domain.ID]bool{}
	for _, g := range groups {
		if g == 0 || seen[g] {
			continue
		}
		seen[g] = true
		if _, err := s.w.ExecContext(ctx, `INSERT INTO contact_groups (tenant_id, contact_id, group_id) VALUES ($1, $2, $3)`,
			tid, contactID, g); err != nil {
			return translate(err)
		}
	}
	return nil
}

// fillContactGroups sets GroupIDs of every contact in list with one query.
func (s *Store) fillContactGroups(ctx context.Context, list []domain.Contact) error {
	if len(list) == 0 {
		return nil
	}
	args := []any{list[0].TenantID}
	marks := make([]string, len(list))
	index := make(map[domain.ID]int, len(list))
	for i, c := range list {
		args = append(args, c.ID)
		marks[i] = "$" + itoa(len(args))
		index[c.ID] = i
		list[i].GroupIDs = nil
	}
	rows, err := s.r.QueryContext(ctx, `SELECT contact_id, group_id FROM contact_groups
		WHERE tenant_id = $1 AND contact_id IN (`+strings.Join(marks, ", ")+`) ORDER BY contact_id, group_id`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var cid, gid domain.ID
		if err := rows.Scan(&cid, &gid); err != nil {
			return err
		}
		i := index[cid]
		list[i].GroupIDs = append(list[i].GroupIDs, gid)
	}
	return rows.Err()
}
