import { connectionType } from "../../../graphql/pagination.js";
import { Agreement } from "./agreement.entity.js";

export const AgreementConnection = connectionType(Agreement, "Agreement", "agreements");
