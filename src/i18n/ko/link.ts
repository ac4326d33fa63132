/** 링크(URL 해시) 알림: 받아들이지 않은 값과 대신 쓰는 값. */
import type { Resource } from '../en';

export const link: Resource['link'] = {
  unknown: '알 수 없는 설정 "{{key}}"은(는) 무시했습니다.',
  repeated: '설정 "{{key}}"이(가) 여러 번 나왔습니다. 마지막 값을 씁니다.',
  badValue: '{{key}}="{{raw}}" 값은 쓸 수 없습니다 (허용: {{expected}}). 기본값을 씁니다.',
  badCompare: 'compare="{{raw}}" 값은 쓸 수 없습니다: {{problem}}. 비교 모드는 꺼 둡니다.',
  compareUnknown: '알 수 없는 항목 "{{key}}" (허용: {{expected}})',
  compareNoValue: '항목 "{{key}}"에 값이 없습니다 (형식: {{key}}:값)',
  compareBadValue: '{{key}}:{{raw}} ({{key}}의 허용 값: {{expected}})',
  compareItems: '쉼표로 구분한 키:값 항목, 키는 {{keys}} (예: activation:relu,init:he-normal)',
  badHead: '{{detail}}. {{output}} 출력층과 {{loss}} 손실을 씁니다.',
  lossMismatch: 'loss="{{loss}}" 손실은 {{output}} 출력층에 맞지 않습니다',
  outputMismatch: 'output="{{output}}" 출력층은 데이터셋 {{dataset}}에 맞지 않습니다',
  defaults: '기본 설정을 씁니다.',
  unreadable: '링크를 읽을 수 없습니다 ({{why}}). 기본값을 씁니다.',
  accepts: {
    number: '{{range}} 범위의 수',
    int: '{{range}} 범위의 정수',
    optional: '{{what}} (또는 비워 두기)',
    oneOf: '{{names}} 중 하나',
    bool: '1 또는 0',
    list: '{{sep}}로 구분한 {{items}} 최대 {{max}}개, {{each}} ({{none}}: 없음)',
    comma: '쉼표',
    listInts: '{{range}} 범위의 정수',
    listNames: '각각 {{names}} 중 하나',
    empty: '빈 값',
    emptyOr: '빈 값 또는 {{text}}',
    items: { widths: '너비', activations: '활성화 함수(은닉층마다 하나)' },
  },
};
