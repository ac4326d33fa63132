/** 페이지 전체의 조작: 단축키, 휴대폰 재생 막대, 층 선택, 임베드와 공유. */
import type { Resource } from '../en';

export const ux: Resource['ux'] = {
  shortcuts: {
    open: '키보드 단축키',
    openTitle: '키보드 단축키 (?)',
    title: '키보드 단축키',
    close: '닫기',
    note: '버튼, 그림, 슬라이더를 클릭한 뒤에도 단축키가 동작합니다. 입력란에 입력하는 동안에는 키가 입력란으로 갑니다.',
    space: 'Space',
    play: '학습 재생 또는 일시 정지',
    step: '한 에포크 진행',
    reset: '초기화: 같은 초기 가중치로 에포크 0부터',
    newWeights: '새로운 무작위 가중치',
    help: '이 목록 열기 또는 닫기',
    tab: '컨트롤 사이를 이동',
    tabKeys: 'Shift+Tab',
    diagram: '뉴런에 포커스가 있을 때: 그 뉴런의 가중치와 편향으로 이동합니다. ↑ ↓로 차례로 옮기고, Enter로 편집하고, →로 뉴런에 돌아갑니다',
    slider: '포커스된 슬라이더 값 바꾸기. Page Up / Page Down은 자주 쓰는 깊이로 건너뜁니다',
  },
  transport: {
    region: '학습 한눈에 보기',
    play: '재생',
    pause: '일시 정지',
    step: '한 에포크 진행',
    epoch: '에포크',
    loss: '손실',
    preview: '입력 평면 위 네트워크 출력',
  },
  metrics: {
    lossAll: '손실 (전체 {{n}}개 점)',
    accAll: '정확도 (전체 {{n}}개 점)',
    range: '{{output}} 출력은 {{lo}}부터 {{hi}} 사이의 값만 낼 수 있는데, 이 데이터의 목표값은 {{min}}부터 {{max}}까지입니다. 네트워크는 이 목표값을 결코 맞출 수 없습니다. 선형(linear) 출력을 고르세요(목표값이 −1…1 안에 있으면 tanh도 됩니다).',
  },
  legendUnit: '{{what}}의 출력',
  share: {
    open: '공유',
    title: '이 실행 공유하기',
    link: '지금 실행을 그대로 여는 링크',
    copyLink: '링크 복사',
    copySnippet: '임베드 코드 복사',
    copied: '복사했습니다',
    panels: '임베드할 패널',
    snippet: '임베드 코드 (수업 자료나 블로그 글에 넣는 <iframe>)',
    note: '임베드는 읽는 사람의 브라우저에서 실시간으로 학습합니다. hide=lr,activation처럼 컨트롤 이름을 더하면 학생이 바꿀 수 없게 고정됩니다.',
  },
  embed: {
    open: 'Backprop Playground에서 열기',
  },
  panels: {
    data: '데이터',
    network: '네트워크',
    boundary: '출력 그림',
    metrics: '손실과 정확도',
    truth: '진리표',
    loss: '손실 그래프',
    hidden: '은닉 공간',
    neuron: '뉴런 카드',
    gradients: '기울기 실험실',
  },
  settings: '설정',
  depth: {
    exact: '깊이, 은닉층의 정확한 개수',
    error: '0에서 {{max}} 사이의 정수를 입력하세요.',
  },
  picker: {
    group: '한 층의 너비',
    layer: '층',
  },
  gradTable: {
    scroll: '층별 수치 (옆으로 스크롤)',
  },
};
