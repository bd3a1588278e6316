// echarts ships no types for its prebuilt bundle; it has the same API as the package root.
declare module 'echarts/dist/echarts.esm.min' {
  export * from 'echarts';
}
