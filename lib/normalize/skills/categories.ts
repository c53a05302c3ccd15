/** Display names of the skill categories, shared by the panel and the exports. */
import type { SkillCategory } from '../../schema/profile';

export const CATEGORY_LABELS: Record<SkillCategory, string> = {
  languages: 'Languages',
  frontend: 'Frontend',
  backend: 'Backend',
  data: 'Data',
  'ml-ai': 'ML & AI',
  'cloud-infrastructure': 'Cloud & infrastructure',
  devops: 'DevOps',
  testing: 'Testing',
  mobile: 'Mobile',
  design: 'Design',
  product: 'Product',
  management: 'Management',
  practices: 'Practices',
  other: 'Other',
};
