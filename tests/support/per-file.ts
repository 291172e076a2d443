import "reflect-metadata";
import { dropTestDatabaseAfterAll } from "./database.js";

// Setup file of every test file: its own database (made on first use) is dropped after its last hook.
dropTestDatabaseAfterAll();
