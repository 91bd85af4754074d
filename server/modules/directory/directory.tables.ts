import type {
  AcademicTitle,
  Degree,
  Gender,
  JurisdictionKind,
  OrganisationKind,
  PartyKind,
  RelationKind,
} from '../../../common/contracts/directory.ts';

export interface JurisdictionsTable {
  id: string;
  code: string;
  kind: JurisdictionKind;
  name: string;
  name_folded: string;
  kind_label: string;
  parent_id: string | null;
  /** `/<province id>/` or `/<province id>/<commune id>/`: grants cover everything under their path. */
  path: string;
  population: number | null;
  population_year: number | null;
  population_source: string | null;
  created_at: string;
  updated_at: string;
}

export interface StFieldsTable {
  code: string;
  parent_code: string | null;
  level: number;
  name_vi: string;
  name_en: string;
}

export interface OrganisationsTable {
  id: string;
  jurisdiction_id: string;
  kind: OrganisationKind;
  name_vi: string;
  name_en: string | null;
  abbreviation: string | null;
  name_folded: string;
  /** Folded Vietnamese name, English name and abbreviation, for word-prefix matching in lists. */
  keywords_folded: string;
  tax_code: string | null;
  agency_code: string | null;
  address: string | null;
  commune_id: string | null;
  parent_id: string | null;
  /** `/<root id>/…/<own id>/`: grants on an organisation cover its subtree; moves rewrite it. */
  path: string;
  ror: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PeopleTable {
  id: string;
  jurisdiction_id: string;
  organisation_id: string | null;
  full_name: string;
  name_folded: string;
  birth_year: number | null;
  gender: Gender | null;
  degree: Degree | null;
  academic_title: AcademicTitle | null;
  orcid: string | null;
  email: string | null;
  phone: string | null;
  position: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PersonFieldsTable {
  person_id: string;
  field_code: string;
  sort_order: number;
}

export interface RelationsTable {
  id: string;
  from_kind: PartyKind;
  from_id: string;
  to_kind: PartyKind;
  to_id: string;
  kind: RelationKind;
  role: string | null;
  start_date: string | null;
  end_date: string | null;
  source: string | null;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    jurisdictions: JurisdictionsTable;
    st_fields: StFieldsTable;
    organisations: OrganisationsTable;
    people: PeopleTable;
    person_fields: PersonFieldsTable;
    relations: RelationsTable;
  }
}
