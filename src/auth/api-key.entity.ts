import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";

export enum Role {
  EDITOR = "editor",
  ADMIN = "admin",
}

/** An API key. Only a SHA-256 hash of the key is stored; the key itself is shown once, at creation. */
@Entity()
export class ApiKey {
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Column({ type: "enum", enum: Role })
  role!: Role;

  /** The key's public prefix, to find its row without scanning. */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 16 })
  prefix!: string;

  /** SHA-256 of the whole key, hex. */
  @Column({ type: "char", length: 64 })
  hash!: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt!: Date | null;
}
