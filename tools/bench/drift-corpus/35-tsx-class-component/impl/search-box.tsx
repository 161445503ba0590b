import { Component } from 'react';

export interface SearchBoxProps {
  onSearch: (query: string) => void;
}

interface SearchBoxState {
  query: string;
}

export class SearchBox extends Component<SearchBoxProps, SearchBoxState> {
  state: SearchBoxState = { query: '' };

  handleChange = (event: { target: { value: string } }) => {
    this.setState({ query: event.target.value });
  };

  handleSubmit = () => {
    this.props.onSearch(this.state.query.trim());
  };

  clear() {
    this.setState({ query: '' });
  }

  render() {
    return (
      <form onSubmit={this.handleSubmit}>
        <input value={this.state.query} onChange={this.handleChange} />
        <button type="submit">Search</button>
      </form>
    );
  }
}
