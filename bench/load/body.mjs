// Prints the POST body of one query of the mix (`node body.mjs list`), with the regions run.mjs picks in the national
// dataset: the last province, its first kab/kota and that one's first kecamatan. For bench/ab.sh and bench/allocations.sh.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const query = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'queries', `${process.argv[2]}.graphql`), 'utf8');
const operationName = /query\s+(\w+)/.exec(query)[1];
const regions = { province: '96', regency: '96.01', district: '96.01.01' };
const variables = Object.fromEntries(Object.entries(regions).filter(([name]) => query.includes(`$${name}`)));
console.log(JSON.stringify({ query, operationName, variables }));
