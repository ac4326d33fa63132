/** 데이터 패널: 데이터셋 고르기와 슬라이더. */
import type { Resource } from '../en';

export const data: Resource['data'] = {
  title: '데이터',
  group: { truth: '진리표', patterns: '분류 패턴', regression: '회귀' },
  dataset: '데이터셋 {{name}}',
  name: {
    and: 'AND', or: 'OR', xor: 'XOR', nand: 'NAND', nor: 'NOR', xnor: 'XNOR',
    'xor-quadrants': 'XOR 사분면', circle: '원', gaussians: '가우시안', spiral: '나선', moons: '반달',
    spiral3: '세 갈래 나선', plane: '평면', bumps: '언덕',
  },
  noise: '잡음',
  points: '점 개수',
  split: '학습 데이터 비율',
  splitValue: '학습 {{pct}}%',
  truthNote: '진리표는 언제나 점 4개입니다 (잡음이 없고, 같은 네 점으로 학습하고 평가합니다).',
  regenerate: '새 데이터 뽑기',
  regenerateTitle: '데이터 점을 새로 뽑습니다 (데이터 시드가 바뀝니다)',
};
