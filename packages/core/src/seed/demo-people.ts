// A believable AI lab of 60 people: research, engineering, product and operations, with
// Chinese and English names. key → manager key gives the reporting lines.
export interface DemoPerson {
  key: string;
  name: string;
  email: string;
  title: string;
  level: string;
  track: 'ic' | 'management';
  manager: string | null;
  department: 'leadership' | 'research' | 'engineering' | 'product' | 'operations';
  location: string;
  /** Yearly base in CNY (major units). */
  base: number;
  hired: string;
}

type Row = [key: string, name: string, email: string, title: string, level: string, manager: string | null, department: DemoPerson['department'], location: string, base: number, hired: string];

const rows: Row[] = [
  ['ceo', '周明远 Zhou Mingyuan', 'owner', 'Founder & CEO', 'E9', null, 'leadership', 'Beijing', 2_400_000, '2021-03-01'],
  ['chief-scientist', 'Dr. Sarah Chen', 'sarah.chen', 'Chief Scientist', 'E8', 'ceo', 'research', 'Beijing', 2_100_000, '2021-04-12'],
  ['vp-eng', '王建国 Wang Jianguo', 'wang.jianguo', 'VP Engineering', 'E8', 'ceo', 'engineering', 'Beijing', 1_900_000, '2021-05-20'],
  ['head-product', 'Emily Zhang', 'emily.zhang', 'Head of Product', 'E7', 'ceo', 'product', 'Shanghai', 1_500_000, '2021-09-01'],
  ['head-ops', '刘芳 Liu Fang', 'liu.fang', 'Head of Operations', 'E7', 'ceo', 'operations', 'Beijing', 1_200_000, '2021-06-15'],
  ['hr-lead', '陈静 Chen Jing', 'hr', 'People Partner Lead', 'M5', 'head-ops', 'operations', 'Beijing', 700_000, '2022-01-10'],
  ['recruiter', 'Kevin Wu', 'kevin.wu', 'Technical Recruiter', 'P4', 'hr-lead', 'operations', 'Beijing', 380_000, '2022-08-01'],
  ['hr-bp', '杨雪 Yang Xue', 'yang.xue', 'HR Business Partner', 'P4', 'hr-lead', 'operations', 'Shanghai', 360_000, '2023-02-20'],
  ['finance', 'Michael Sun', 'michael.sun', 'Finance Manager', 'M4', 'head-ops', 'operations', 'Beijing', 520_000, '2022-03-14'],
  ['office', '赵丽 Zhao Li', 'zhao.li', 'Office & Facilities Lead', 'P3', 'head-ops', 'operations', 'Beijing', 260_000, '2022-05-09'],
  // Research: pre-training, alignment, multimodal
  ['rm-pretrain', '李伟 Li Wei', 'li.wei', 'Research Manager, Pre-training', 'M6', 'chief-scientist', 'research', 'Beijing', 1_450_000, '2021-07-01'],
  ['rm-align', 'Dr. James Liu', 'james.liu', 'Research Manager, Alignment', 'M6', 'chief-scientist', 'research', 'Shanghai', 1_400_000, '2021-11-15'],
  ['rm-multi', '张敏 Zhang Min', 'zhang.min', 'Research Manager, Multimodal', 'M5', 'chief-scientist', 'research', 'Hangzhou', 1_250_000, '2022-02-01'],
  ['rs-1', '黄磊 Huang Lei', 'huang.lei', 'Senior Research Scientist', 'P7', 'rm-pretrain', 'research', 'Beijing', 1_300_000, '2021-08-16'],
  ['rs-2', 'Anna Kowalski', 'anna.kowalski', 'Research Scientist', 'P6', 'rm-pretrain', 'research', 'Beijing', 980_000, '2022-06-01'],
  ['rs-3', '吴昊 Wu Hao', 'wu.hao', 'Research Scientist', 'P6', 'rm-pretrain', 'research', 'Beijing', 950_000, '2022-09-19'],
  ['rs-4', '孙悦 Sun Yue', 'sun.yue', 'Research Engineer', 'P5', 'rm-pretrain', 'research', 'Beijing', 720_000, '2023-03-06'],
  ['rs-5', 'David Park', 'david.park', 'Research Engineer', 'P5', 'rm-pretrain', 'research', 'Beijing', 700_000, '2023-07-17'],
  ['rs-6', '郭婷 Guo Ting', 'guo.ting', 'Senior Research Scientist', 'P7', 'rm-align', 'research', 'Shanghai', 1_250_000, '2022-01-04'],
  ['rs-7', 'Priya Sharma', 'priya.sharma', 'Research Scientist', 'P6', 'rm-align', 'research', 'Shanghai', 940_000, '2022-10-10'],
  ['rs-8', '马超 Ma Chao', 'ma.chao', 'Research Scientist', 'P6', 'rm-align', 'research', 'Shanghai', 920_000, '2023-01-09'],
  ['rs-9', '林晓 Lin Xiao', 'lin.xiao', 'Research Engineer', 'P5', 'rm-align', 'research', 'Shanghai', 680_000, '2024-02-26'],
  ['rs-10', 'Tom Becker', 'tom.becker', 'Research Scientist', 'P6', 'rm-multi', 'research', 'Hangzhou', 900_000, '2022-12-05'],
  ['rs-11', '何静怡 He Jingyi', 'he.jingyi', 'Research Scientist', 'P6', 'rm-multi', 'research', 'Hangzhou', 910_000, '2023-04-03'],
  ['rs-12', '徐亮 Xu Liang', 'xu.liang', 'Research Engineer', 'P5', 'rm-multi', 'research', 'Hangzhou', 650_000, '2024-05-13'],
  ['rs-13', 'Olivia Martin', 'olivia.martin', 'Research Intern → Engineer', 'P4', 'rm-multi', 'research', 'Hangzhou', 420_000, '2025-07-01'],
  // Engineering: ML infra, inference platform, data platform
  ['em-infra', '高飞 Gao Fei', 'manager', 'Engineering Manager, ML Infrastructure', 'M5', 'vp-eng', 'engineering', 'Beijing', 1_150_000, '2021-10-11'],
  ['em-infer', 'Rachel Green', 'rachel.green', 'Engineering Manager, Inference', 'M5', 'vp-eng', 'engineering', 'Shanghai', 1_100_000, '2022-04-18'],
  ['em-data', '罗刚 Luo Gang', 'luo.gang', 'Engineering Manager, Data Platform', 'M5', 'vp-eng', 'engineering', 'Beijing', 1_080_000, '2022-02-21'],
  ['se-1', '朱晨 Zhu Chen', 'employee', 'Software Engineer, Distributed Training', 'P5', 'em-infra', 'engineering', 'Beijing', 620_000, '2023-05-08'],
  ['se-2', 'Alex Novak', 'alex.novak', 'Senior Software Engineer, GPU Scheduling', 'P6', 'em-infra', 'engineering', 'Beijing', 880_000, '2022-07-11'],
  ['se-3', '韩雪 Han Xue', 'han.xue', 'Software Engineer, Cluster Reliability', 'P5', 'em-infra', 'engineering', 'Beijing', 600_000, '2023-09-04'],
  ['se-4', '唐宇 Tang Yu', 'tang.yu', 'Staff Engineer, Training Systems', 'P7', 'em-infra', 'engineering', 'Beijing', 1_200_000, '2021-12-13'],
  ['se-5', 'Lucas Silva', 'lucas.silva', 'Software Engineer, Storage', 'P5', 'em-infra', 'engineering', 'Beijing', 610_000, '2024-01-15'],
  ['se-6', '冯佳 Feng Jia', 'feng.jia', 'Senior Software Engineer, Serving', 'P6', 'em-infer', 'engineering', 'Shanghai', 860_000, '2022-08-22'],
  ['se-7', 'Hannah Lee', 'hannah.lee', 'Software Engineer, Kernels', 'P5', 'em-infer', 'engineering', 'Shanghai', 640_000, '2023-06-12'],
  ['se-8', '曹阳 Cao Yang', 'cao.yang', 'Software Engineer, Quantization', 'P5', 'em-infer', 'engineering', 'Shanghai', 630_000, '2023-10-23'],
  ['se-9', '彭博 Peng Bo', 'peng.bo', 'Staff Engineer, Inference Runtime', 'P7', 'em-infer', 'engineering', 'Shanghai', 1_180_000, '2022-03-28'],
  ['se-10', 'Sophie Dubois', 'sophie.dubois', 'Software Engineer, API Platform', 'P4', 'em-infer', 'engineering', 'Remote', 480_000, '2024-08-05'],
  ['se-11', '邓琳 Deng Lin', 'deng.lin', 'Data Engineer', 'P5', 'em-data', 'engineering', 'Beijing', 590_000, '2023-02-13'],
  ['se-12', 'Ryan O’Connor', 'ryan.oconnor', 'Senior Data Engineer', 'P6', 'em-data', 'engineering', 'Beijing', 840_000, '2022-05-30'],
  ['se-13', '许诺 Xu Nuo', 'xu.nuo', 'Data Engineer, Evaluation Pipelines', 'P5', 'em-data', 'engineering', 'Beijing', 600_000, '2023-11-06'],
  ['se-14', '沈涛 Shen Tao', 'shen.tao', 'Software Engineer, Data Tooling', 'P4', 'em-data', 'engineering', 'Beijing', 450_000, '2024-09-02'],
  ['se-15', 'Mia Fischer', 'mia.fischer', 'Security Engineer', 'P6', 'vp-eng', 'engineering', 'Remote', 830_000, '2022-11-21'],
  ['se-16', '袁帅 Yuan Shuai', 'yuan.shuai', 'Site Reliability Engineer', 'P5', 'em-infra', 'engineering', 'Beijing', 615_000, '2024-03-18'],
  // Product
  ['pm-1', '蒋琪 Jiang Qi', 'jiang.qi', 'Senior Product Manager, Developer Platform', 'P6', 'head-product', 'product', 'Shanghai', 820_000, '2022-04-11'],
  ['pm-2', 'Daniel Kim', 'daniel.kim', 'Product Manager, Enterprise', 'P5', 'head-product', 'product', 'Shanghai', 640_000, '2023-01-16'],
  ['pm-3', '秦雨 Qin Yu', 'qin.yu', 'Product Manager, Consumer App', 'P5', 'head-product', 'product', 'Shanghai', 630_000, '2023-08-07'],
  ['design-lead', 'Laura Rossi', 'laura.rossi', 'Design Lead', 'M4', 'head-product', 'product', 'Shanghai', 760_000, '2022-06-27'],
  ['design-1', '魏然 Wei Ran', 'wei.ran', 'Product Designer', 'P4', 'design-lead', 'product', 'Shanghai', 430_000, '2024-04-08'],
  ['design-2', 'Chloe Martin', 'chloe.martin', 'UX Researcher', 'P4', 'design-lead', 'product', 'Shanghai', 420_000, '2024-06-17'],
  ['devrel', '任杰 Ren Jie', 'ren.jie', 'Developer Advocate', 'P5', 'pm-1', 'product', 'Remote', 560_000, '2023-05-22'],
  ['tw', 'Grace Hall', 'grace.hall', 'Technical Writer', 'P4', 'pm-1', 'product', 'Remote', 400_000, '2024-02-05'],
  ['solutions', '钱坤 Qian Kun', 'qian.kun', 'Solutions Architect', 'P6', 'pm-2', 'product', 'Beijing', 780_000, '2022-09-12'],
  ['solutions-2', 'Ethan Brooks', 'ethan.brooks', 'Solutions Engineer', 'P5', 'pm-2', 'product', 'Shanghai', 590_000, '2024-07-08'],
  // Operations (continued)
  ['legal', '程颖 Cheng Ying', 'cheng.ying', 'Legal Counsel', 'P6', 'head-ops', 'operations', 'Beijing', 750_000, '2022-10-24'],
  ['it', 'Noah Wilson', 'noah.wilson', 'IT Administrator', 'P3', 'head-ops', 'operations', 'Beijing', 280_000, '2023-03-20'],
  ['ops-analyst', '方圆 Fang Yuan', 'fang.yuan', 'People Analytics Analyst', 'P4', 'hr-lead', 'operations', 'Beijing', 390_000, '2024-10-14'],
  ['recruiter-2', 'Isabella Costa', 'isabella.costa', 'Research Recruiter', 'P4', 'hr-lead', 'operations', 'Shanghai', 370_000, '2025-01-06'],
  ['ea', '白露 Bai Lu', 'bai.lu', 'Executive Assistant', 'P3', 'ceo', 'operations', 'Beijing', 240_000, '2022-02-28'],
];

export const DEMO_PEOPLE: DemoPerson[] = rows.map(([key, name, email, title, level, manager, department, location, base, hired]) => ({
  key, name, email: `${email}@demo.local`, title, level, track: level.startsWith('M') || level.startsWith('E') ? 'management' : 'ic',
  manager, department, location, base, hired,
}));

/** The demo accounts and the roles they hold; all use the password demo1234. */
export const DEMO_ACCOUNTS = [
  { email: 'owner@demo.local', person: 'ceo', roles: ['owner'] },
  { email: 'hr@demo.local', person: 'hr-lead', roles: ['hr', 'employee'] },
  { email: 'manager@demo.local', person: 'em-infra', roles: ['manager', 'employee'] },
  { email: 'employee@demo.local', person: 'se-1', roles: ['employee'] },
  { email: 'kevin.wu@demo.local', person: 'recruiter', roles: ['recruiter', 'employee'] },
] as const;

export const DEMO_PASSWORD = 'demo1234';
