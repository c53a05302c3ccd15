/** Generated pages for the bench and the property tests: big, but shaped like real resumes. */
const TITLES = ['Software Engineer', 'Senior Backend Engineer', 'Data Scientist', 'Product Designer', 'Engineering Manager', 'Frontend Developer'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An HTML resume with `roles` roles, padded with bullets to about `bytes`. */
export function largeResumePage(roles: number, bytes: number): string {
  const bulletsPerRole = Math.max(1, Math.round(bytes / roles / 115));
  const parts = ['<!doctype html><html><head><title>Big CV</title></head><body><h1>Jordan Example</h1><p>Staff Engineer | Platforms</p><h2>Experience</h2>'];
  for (let i = 0; i < roles; i++) {
    const y = 1990 + (i % 30);
    parts.push(`<article><h3>${TITLES[i % TITLES.length]} at ${COMPANIES[i % COMPANIES.length]} ${i}</h3><p>${MONTHS[i % 12]} ${y} – ${MONTHS[(i + 5) % 12]} ${y + 1}</p><ul>`);
    for (let j = 0; j < bulletsPerRole; j++) parts.push(`<li>Built service ${j} with Go, Kafka and PostgreSQL; improved latency by ${j % 90}% for ${i * j} users across regions.</li>`);
    parts.push('</ul></article>');
  }
  parts.push('<h2>Education</h2><p>University of Somewhere — BSc Computer Science, 2008 – 2012</p><h2>Skills</h2><p>Go, Python, Kafka, PostgreSQL, Kubernetes</p></body></html>');
  return parts.join('');
}
